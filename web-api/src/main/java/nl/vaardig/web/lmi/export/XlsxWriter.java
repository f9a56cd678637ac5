package nl.vaardig.web.lmi.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook (.xlsx): sheets of numbers and inline strings, no styles. Enough for
 * tables that spreadsheet programs open as they are, without a spreadsheet library.
 */
public final class XlsxWriter {

    /** One sheet: a name (≤ 31 characters) and rows of cells (Number, String or null). */
    public record Sheet(String name, List<List<Object>> rows) {
        public Sheet {
            if (name.isBlank() || name.length() > 31) {
                throw new IllegalArgumentException("a sheet name has 1–31 characters");
            }
            rows = List.copyOf(rows);
        }
    }

    private XlsxWriter() {
    }

    public static byte[] workbook(List<Sheet> sheets) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            StringBuilder workbook = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            StringBuilder rels = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(i).append(".xml\"/>");
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            for (int i = 1; i <= sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", sheet(sheets.get(i - 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(Sheet sheet) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        int r = 1;
        for (List<Object> row : sheet.rows()) {
            xml.append("<row r=\"").append(r).append("\">");
            int c = 0;
            for (Object value : row) {
                String ref = column(c++) + r;
                if (value instanceof Number n) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else if (value != null) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(value.toString())).append("</t></is></c>");
                }
            }
            xml.append("</row>");
            r++;
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
