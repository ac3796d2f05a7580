"""Barcode reading: parsing GS1/HIBC/Digital Link text and decoding images."""
