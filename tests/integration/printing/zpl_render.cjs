// Renders ZPL to PNG with zpl-renderer-js (zebrash compiled to WebAssembly).
// usage: node zpl_render.cjs in.zpl out.png widthMm heightMm dpmm
const fs = require("node:fs");
const { ready } = require("zpl-renderer-js");

(async () => {
  const [input, output, width, height, dpmm] = process.argv.slice(2);
  const { api } = await ready;
  const png = await api.zplToBase64Async(
    fs.readFileSync(input, "utf8"), Number(width), Number(height), Number(dpmm));
  fs.writeFileSync(output, Buffer.from(png, "base64"));
  process.exit(0);
})().catch((error) => {
  console.error(String(error));
  process.exit(1);
});
