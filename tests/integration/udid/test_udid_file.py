"""Reading the NMPA UDI database download from real files: XML and zip,
every field of a generated download, and every way a file can be bad."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.adapters.udid_file import read_devices
from app.domain.udi import UdidCode, UdiDevice, UdiFileError
from tests.udid_gen import chunks, device_xml, record, write_xml, write_zip


def gtin14(di: str) -> str:
    return di.zfill(14)


def expected_di(di: str, coding_system: str) -> str:
    return gtin14(di) if coding_system == "GS1" else di


def is_flag(text: str) -> bool:
    return {"是": True, "否": False}[text]


@pytest.fixture
def download(tmp_path: Path) -> Path:
    return write_xml(tmp_path / "UDID_DAY_INCREMENT.xml", 60)


def test_each_device_is_read_field_by_field(download: Path) -> None:
    devices = list(read_devices(download))
    assert len(devices) == 60
    for n, device in enumerate(devices):
        rec = record(n)
        assert device.di == expected_di(rec.di, rec.coding_system)
        assert (device.coding_system, device.generic_name, device.trade_name, device.model) == (
            rec.coding_system,
            rec.name,
            rec.trade_name,
            rec.model,
        )
        assert (device.registration_no, device.registrant, device.registrant_en) == (
            rec.registration_no,
            rec.registrant,
            rec.registrant_en,
        )
        assert (device.classification_code, device.device_kind, device.product_kind) == (
            rec.classification_code,
            rec.device_kind,
            rec.product_kind,
        )
        flags = rec.flags
        assert (
            device.pi_has_lot,
            device.pi_has_serial,
            device.pi_has_production_date,
            device.pi_has_expiry,
            device.single_use,
            device.sterile_package,
        ) == tuple(
            is_flag(flags[tag])
            for tag in (
                "scbssfbhph",
                "scbssfbhxlh",
                "scbssfbhscrq",
                "scbssfbhsxrq",
                "sfbjwycxsy",
                "sfwwjbz",
            )
        )
        assert device.sterilisation == rec.sterilisation
        assert device.withdrawn_on == (date(2024, 6, 30) if rec.withdrawn else None)
        assert (device.record_key, device.version, device.version_date) == (
            rec.record_key,
            rec.version,
            date(2025, 3, 1),
        )
        assert device.change == ""  # a full download has no change type
        assert [(p.di, p.level, p.contains, p.contains_di) for p in device.packages] == [
            (
                expected_di(p.di, rec.coding_system),
                p.level,
                p.contains,
                expected_di(p.contains_di, rec.coding_system),
            )
            for p in rec.packages
        ]
        assert [(s.condition, s.minimum, s.maximum, s.unit) for s in device.storage] == [
            (s.condition, s.low, s.high, s.unit) for s in rec.storage
        ]


def test_a_gs1_gtin13_di_becomes_its_gtin14(download: Path) -> None:
    device = list(read_devices(download))[3]
    assert len(record(3).di) == 13
    assert device.di == "0" + record(3).di
    assert device.packages[0].contains_di == device.di  # the box holds this very unit


def test_ma_codes_are_kept_as_given(download: Path) -> None:
    device = list(read_devices(download))[7]
    assert device.coding_system == "MA"
    assert device.di == "MA.156.M0.100123.00000007"
    assert device.packages[1].contains_di == "MA.156.M0.100123.B00000007"
    assert device.sales_units_in("MA.156.M0.100123.C00000007") == 200


def test_a_case_counts_down_to_the_sales_units_it_holds(download: Path) -> None:
    device = list(read_devices(download))[1]  # 箱 of 20 盒 of 10
    box, case = device.packages
    assert (box.level, case.level) == ("盒", "箱")
    assert device.sales_units_in(device.di) == 1
    assert device.sales_units_in(box.di) == 10
    assert device.sales_units_in(case.di) == 200


def test_storage_range_and_label_data_come_through(download: Path) -> None:
    cold = next(iter(read_devices(download)))
    (storage,) = cold.storage
    assert (storage.condition, storage.unit) == ("储存温度", "℃")
    assert storage.bounds() == (2, 8)
    humid = list(read_devices(download))[1].storage[1]
    assert humid.bounds() == (None, 80)
    assert cold.label_carries == {"lot", "serial"}


def test_an_incremental_file_carries_each_records_change_type(tmp_path: Path) -> None:
    file = write_xml(tmp_path / "increment.xml", 3, start=100, change="变更")
    assert [device.change for device in read_devices(file)] == ["变更"] * 3
    assert [device.record_key for device in read_devices(file)] == [
        record(n).record_key for n in range(100, 103)
    ]


def test_a_zip_of_several_parts_is_read_in_part_order(tmp_path: Path) -> None:
    # Eleven parts: by name PART10 and PART11 would come before PART2.
    file = write_zip(tmp_path / "UDID_FULL_DOWNLOAD.zip", 33, parts=11)
    with zipfile.ZipFile(file) as archive:
        assert sorted(archive.namelist())[0].startswith("UDID_FULL_DOWNLOAD_PART10_")
    keys = [device.record_key for device in read_devices(file)]
    assert keys == [record(n).record_key for n in range(33)]


def test_a_namespaced_download_reads_the_same(tmp_path: Path) -> None:
    text = "".join(chunks(5)).replace('<udid version="1.0">', '<udid xmlns="urn:nmpa:udid">')
    file = tmp_path / "ns.xml"
    file.write_text(text, encoding="utf-8")
    plain = write_xml(tmp_path / "plain.xml", 5)
    assert list(read_devices(file)) == list(read_devices(plain))


def test_devices_straight_under_the_root_read_the_same(tmp_path: Path) -> None:
    text = "".join(chunks(4, header=False)).replace("<devices>", "").replace("</devices>", "")
    file = tmp_path / "flat.xml"
    file.write_text(text, encoding="utf-8")
    assert list(read_devices(file)) == list(read_devices(write_xml(tmp_path / "d.xml", 4)))


def test_an_indented_download_reads_the_same(tmp_path: Path) -> None:
    # Whitespace between every pair of tags, as a pretty-printed file has it.
    text = "".join(chunks(12)).replace("><", ">\n    <")
    file = tmp_path / "indented.xml"
    file.write_text(text, encoding="utf-8")
    assert list(read_devices(file)) == list(read_devices(write_xml(tmp_path / "d.xml", 12)))


def test_a_header_field_named_like_a_device_field_is_not_the_first_devices(tmp_path: Path) -> None:
    text = "".join(chunks(2)).replace(
        "<header>", "<header><versionNumber>9</versionNumber><tsrq>2001-01-01</tsrq>"
    )
    file = tmp_path / "header.xml"
    file.write_text(text.replace("<tsrq></tsrq>", "", 1), encoding="utf-8")
    first = next(iter(read_devices(file)))
    assert (first.version, first.withdrawn_on) == (record(0).version, None)


def test_a_record_without_a_package_list_or_storage_has_none(tmp_path: Path) -> None:
    device = list(read_devices(write_xml(tmp_path / "d.xml", 3)))[2]
    assert record(2).packages == () and record(2).storage == ()
    assert (device.packages, device.storage) == ((), ())


# ---- whole-file problems: raised by read_devices itself, before any device


def error_of(path: Path) -> UdiFileError:
    with pytest.raises(UdiFileError) as caught:
        for _ in read_devices(path):
            pass
    return caught.value


def refused_up_front(path: Path) -> UdiFileError:
    """read_devices raises before returning: the caller never sees a device."""
    with pytest.raises(UdiFileError) as caught:
        read_devices(path)
    assert caught.value.whole_file
    return caught.value


def test_a_missing_file_is_no_file(tmp_path: Path) -> None:
    assert refused_up_front(tmp_path / "nothing.xml").code == UdidCode.NO_FILE


def test_a_file_that_is_not_xml_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "download.xml"
    file.write_bytes(b"%PDF-1.7\n")
    assert refused_up_front(file).code == UdidCode.NOT_XML


def test_a_wrong_root_is_refused_before_any_device(tmp_path: Path) -> None:
    file = tmp_path / "other.xml"
    file.write_text("".join(chunks(3)).replace("udid", "products"), encoding="utf-8")
    error = refused_up_front(file)
    assert error.code == UdidCode.WRONG_ROOT
    assert "<products>" in error.message


def test_a_web_page_saved_instead_of_the_download_is_a_wrong_root(tmp_path: Path) -> None:
    file = tmp_path / "udid.xml"
    file.write_text("<html><body>请登录</body></html>", encoding="utf-8")
    assert refused_up_front(file).code == UdidCode.WRONG_ROOT


def test_a_wrong_root_in_a_later_part_of_a_zip_is_refused_before_any_device(
    tmp_path: Path,
) -> None:
    file = tmp_path / "two.zip"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("PART1.xml", "".join(chunks(2)))
        archive.writestr("PART2.xml", "<report/>")
    error = refused_up_front(file)
    assert (error.code, error.file) == (UdidCode.WRONG_ROOT, f"{file}!PART2.xml")


def test_a_truncated_zip_is_refused_before_any_device(tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID_FULL.zip", 200)
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])  # the download stopped half way
    error = refused_up_front(file)
    assert error.code == UdidCode.TRUNCATED_ZIP
    assert "download" in error.message


def test_a_file_named_zip_that_is_not_one_is_a_bad_zip(tmp_path: Path) -> None:
    file = tmp_path / "UDID.zip"
    file.write_text("<html>502 Bad Gateway</html>", encoding="utf-8")
    assert refused_up_front(file).code == UdidCode.BAD_ZIP


def test_a_zip_holding_no_xml_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "readme.zip"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("说明.txt", "no data")
    assert refused_up_front(file).code == UdidCode.NO_XML_IN_ZIP


def test_a_zip_of_zips_says_to_unpack_the_outer_one(tmp_path: Path) -> None:
    inner = write_zip(tmp_path / "inner.zip", 2)
    file = tmp_path / "outer.zip"
    with zipfile.ZipFile(file, "w") as archive:
        archive.write(inner, "inner.zip")
    error = refused_up_front(file)
    assert error.code == UdidCode.NO_XML_IN_ZIP and "unpack" in error.message


# ---- problems met while streaming: raised by the iterator where they are


def test_malformed_xml_is_reported_with_its_line_and_column(tmp_path: Path) -> None:
    lines = "".join(chunks(20)).splitlines(keepends=True)
    broken = 12  # a device line: close its <spmc> with the wrong tag
    assert "</spmc>" in lines[broken]
    lines[broken] = lines[broken].replace("</spmc>", "</spmx>", 1)
    file = tmp_path / "broken.xml"
    file.write_text("".join(lines), encoding="utf-8")
    error = error_of(file)
    assert error.code == UdidCode.MALFORMED_XML
    assert error.line == broken + 1
    # Counted from 1, in characters: inside the wrong tag, where the parser stopped.
    start = lines[broken].index("spmx>") + 1
    assert error.column is not None and start <= error.column <= start + len("spmx>")
    assert str(error).startswith(f"UDID_MALFORMED_XML: {file}, line {broken + 1}, column ")


def test_an_xml_file_cut_short_is_malformed(tmp_path: Path) -> None:
    text = "".join(chunks(20))
    file = tmp_path / "cut.xml"
    file.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    assert error_of(file).code == UdidCode.MALFORMED_XML


def test_malformed_xml_inside_a_zip_names_the_member(tmp_path: Path) -> None:
    file = tmp_path / "bad.zip"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("PART1.xml", "".join(chunks(3)).replace("</ggxh>", "</ggxx>", 1))
    error = error_of(file)
    assert (error.code, error.file) == (UdidCode.MALFORMED_XML, f"{file}!PART1.xml")


def test_damaged_compressed_data_is_a_bad_zip(tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID.zip", 300)
    data = bytearray(file.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # the directory at the end stays whole
    file.write_bytes(bytes(data))
    error = error_of(file)
    # The damaged data inflates to garbage the parser stops at; its CRC says why.
    assert error.code == UdidCode.BAD_ZIP and "download" in error.message


def test_damage_at_the_start_of_a_zip_member_is_refused_before_any_device(tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID.zip", 300)
    with zipfile.ZipFile(file) as archive:
        info = archive.infolist()[0]
    data = bytearray(file.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + 8
    data[start : start + 64] = bytes(64)
    file.write_bytes(bytes(data))
    assert refused_up_front(file).code == UdidCode.BAD_ZIP


def test_a_header_count_other_than_the_devices_is_a_count_mismatch(tmp_path: Path) -> None:
    text = "".join(chunks(4)).replace(
        "<numberRkeyecordXML>4</numberRkeyecordXML>", "<numberRkeyecordXML>5</numberRkeyecordXML>"
    )
    file = tmp_path / "count.xml"
    file.write_text(text, encoding="utf-8")
    error = error_of(file)
    assert error.code == UdidCode.COUNT_MISMATCH and "5" in error.message


# ---- a bad record: raised with its number, after the good ones before it


def with_device(tmp_path: Path, bad: str, *, at: int = 4, count: int = 6) -> Path:
    """A download whose record number `at` (from 1) is `bad`."""
    devices = [device_xml(record(n)) for n in range(count)]
    devices[at - 1] = bad
    file = tmp_path / "one_bad.xml"
    file.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><udid><devices>'
        + "".join(devices)
        + "</devices></udid>",
        encoding="utf-8",
    )
    return file


def read_until_error(path: Path) -> tuple[list[UdiDevice], UdiFileError]:
    read: list[UdiDevice] = []
    with pytest.raises(UdiFileError) as caught:
        for device in read_devices(path):
            read.append(device)
    return read, caught.value


def test_a_device_without_a_di_is_reported_with_its_record_number(tmp_path: Path) -> None:
    rec = record(3)
    bad = device_xml(rec).replace(f"<zxxsdycpbs>{rec.di}</zxxsdycpbs>", "<zxxsdycpbs></zxxsdycpbs>")
    read, error = read_until_error(with_device(tmp_path, bad, at=4))
    assert len(read) == 3
    assert (error.code, error.record, error.field) == (UdidCode.MISSING_DI, 4, "zxxsdycpbs")
    assert not error.whole_file
    assert rec.record_key in error.message  # the database's own key, to look it up
    assert ", device 4:" in str(error)


def test_a_device_with_no_di_element_at_all_is_missing_di(tmp_path: Path) -> None:
    rec = record(1)
    bad = device_xml(rec).replace(f"<zxxsdycpbs>{rec.di}</zxxsdycpbs>", "")
    _, error = read_until_error(with_device(tmp_path, bad, at=2))
    assert (error.code, error.record) == (UdidCode.MISSING_DI, 2)


def test_a_gs1_di_with_a_wrong_check_digit_is_a_bad_di(tmp_path: Path) -> None:
    rec = record(0)
    wrong = rec.di[:-1] + str((int(rec.di[-1]) + 1) % 10)
    bad = device_xml(rec).replace(f"<zxxsdycpbs>{rec.di}<", f"<zxxsdycpbs>{wrong}<")
    _, error = read_until_error(with_device(tmp_path, bad, at=1))
    assert (error.code, error.record, error.field) == (UdidCode.BAD_DI, 1, "zxxsdycpbs")


def test_a_package_di_with_a_wrong_check_digit_is_a_bad_di(tmp_path: Path) -> None:
    rec = record(1)
    box = rec.packages[0].di
    wrong = box[:-1] + str((int(box[-1]) + 1) % 10)
    bad = device_xml(rec).replace(f"<bzcpbs>{box}<", f"<bzcpbs>{wrong}<")
    _, error = read_until_error(with_device(tmp_path, bad, at=2))
    assert (error.code, error.field) == (UdidCode.BAD_DI, "bzcpbs")


def test_a_flag_that_is_neither_yes_nor_no_is_a_bad_value(tmp_path: Path) -> None:
    bad = device_xml(record(2)).replace(
        "<sfbjwycxsy>是</sfbjwycxsy>", "<sfbjwycxsy>未知</sfbjwycxsy>"
    )
    _, error = read_until_error(with_device(tmp_path, bad, at=3))
    assert (error.code, error.record, error.field) == (UdidCode.BAD_VALUE, 3, "sfbjwycxsy")


def test_a_package_level_without_its_count_is_a_bad_value(tmp_path: Path) -> None:
    bad = device_xml(record(1)).replace(
        "<bznhxyjcpbssl>10</bznhxyjcpbssl>", "<bznhxyjcpbssl>十</bznhxyjcpbssl>"
    )
    _, error = read_until_error(with_device(tmp_path, bad, at=2))
    assert (error.code, error.field) == (UdidCode.BAD_VALUE, "bznhxyjcpbssl")


def test_a_date_that_is_no_date_is_a_bad_value(tmp_path: Path) -> None:
    bad = device_xml(record(49)).replace("<tsrq>2024-06-30</tsrq>", "<tsrq>2024-13-45</tsrq>")
    _, error = read_until_error(with_device(tmp_path, bad, at=5))
    assert (error.code, error.field) == (UdidCode.BAD_VALUE, "tsrq")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads RSS from /proc")
def test_a_100000_device_zip_reads_with_flat_memory(tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID_FULL_DOWNLOAD.zip", 100_000, parts=2)
    page = os.sysconf("SC_PAGE_SIZE")

    def rss() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * page

    samples = []
    count = 0
    for count, _ in enumerate(read_devices(file), start=1):
        if count % 10_000 == 0:
            samples.append(rss())
    assert count == 100_000
    growth = max(samples) - samples[0]  # after the first 10,000: warmed up
    print(
        f"\n  RSS after 10,000 devices {samples[0] / 2**20:.1f} MiB, "
        f"most after {max(samples) / 2**20:.1f} MiB (growth {growth / 2**20:.1f} MiB)"
    )
    assert growth < 8 * 2**20
