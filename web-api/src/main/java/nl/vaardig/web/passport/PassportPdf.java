package nl.vaardig.web.passport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The passport as an accessible PDF: openhtmltopdf (on PDFBox) lays out XHTML and, with PDF/UA accessibility on,
 * writes a structure tree (headings, lists, paragraphs), the document language nl-NL and the title from
 * {@code <title>}, shown as the window title. Text stays text; the font (Liberation Sans, shipped inside PDFBox) is
 * embedded, as PDF/UA requires. Made per request and never cached, so a revoked share can never be served a PDF.
 */
@Component
class PassportPdf {

    static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    PassportPdf() {
        XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    byte[] render(Passport passport) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Vaardig");
        // one face for both weights: a missing bold would fall back to a built-in, not embedded font
        builder.useFont(PassportPdf::font, FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(PassportPdf::font, FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html(passport), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("passport PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = PDDocument.class.getResourceAsStream(FONT_RESOURCE);
        if (font == null) {
            throw new IllegalStateException("PDFBox ships " + FONT_RESOURCE);
        }
        return font;
    }

    static String title(Passport passport) {
        return "Skills paspoort van " + passport.holderName();
    }

    static String html(Passport p) {
        StringBuilder h = new StringBuilder(8 * 1024);
        h.append("<!DOCTYPE html><html lang=\"nl-NL\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(title(p))).append("</title>")
                .append("<meta name=\"subject\" content=\"Vaardigheden, wat ik wil leren en wat mij energie geeft\"/>")
                .append("<meta name=\"author\" content=\"").append(esc(p.holderName())).append("\"/>")
                .append("<style>@page { size: A4; margin: 18mm 16mm; } body { font-family: '").append(FONT)
                .append("'; font-size: 10.5pt; color: #1a1a1a; line-height: 1.4; } h1 { font-size: 20pt; margin: 0 0 2mm 0; }")
                .append(" h2 { font-size: 14pt; margin: 6mm 0 2mm 0; border-bottom: 1px solid #555; }")
                .append(" h3 { font-size: 11.5pt; margin: 4mm 0 1mm 0; } ul { margin: 0; padding-left: 5mm; }")
                .append(" li { margin: 0 0 1.5mm 0; } .meta { color: #444; } .label { font-weight: 700; }</style>")
                .append("</head><body>");
        h.append("<h1>").append(esc(title(p))).append("</h1>");
        h.append("<p class=\"meta\">Gemaakt op ").append(PassportWords.day(p.madeAt()));
        if (p.occupation() != null) {
            h.append(" · Beroep: ").append(label(p.occupation()));
        }
        h.append(" · ").append(p.skillCount()).append(p.skillCount() == 1 ? " vaardigheid" : " vaardigheden").append("</p>");

        h.append("<h2>Vaardigheden</h2>");
        if (p.groups().isEmpty()) {
            h.append("<p>Nog geen bevestigde vaardigheden.</p>");
        }
        for (Passport.Group group : p.groups()) {
            h.append("<h3>").append(esc(capitalised(group.label()))).append("</h3><ul>");
            for (Passport.Skill s : group.skills()) {
                h.append("<li><span class=\"label\">").append(label(s.skill())).append("</span> — niveau ")
                        .append(esc(PassportWords.level(s.level()).toLowerCase(java.util.Locale.ROOT)))
                        .append("; herkomst: ").append(esc(PassportWords.origin(s.evidence()).toLowerCase(java.util.Locale.ROOT)));
                if (!s.doesIt()) {
                    h.append("; kan het, doet het nu niet");
                }
                if (s.proofText() != null) {
                    h.append("; bewijs: ").append(esc(s.proofText()));
                }
                if (s.proofUrl() != null) {
                    h.append(" (").append(esc(s.proofUrl())).append(')');
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        list(h, "Wil graag leren", p.wantsToLearn(), "Niets opgegeven.");
        list(h, "Krijgt energie van", p.givesEnergy(), "Niets opgegeven.");
        h.append("<p class=\"meta\">Vaardigheden volgens ESCO, de Europese vaardighedentaal. Een naam met ‘(afgeleid)’ is ")
                .append("een Nederlandse naam die Vaardig afleidde, niet de officiële ESCO-naam. Bewijs is door de persoon ")
                .append("zelf opgegeven.</p>");
        return h.append("</body></html>").toString();
    }

    private static void list(StringBuilder h, String heading, List<Passport.Label> labels, String none) {
        h.append("<h2>").append(heading).append("</h2>");
        if (labels.isEmpty()) {
            h.append("<p>").append(none).append("</p>");
            return;
        }
        h.append("<ul>");
        labels.forEach(l -> h.append("<li>").append(label(l)).append("</li>"));
        h.append("</ul>");
    }

    /** The label, marked as English where ESCO has no Dutch one (screen readers switch voice) or as derived. */
    private static String label(Passport.Label l) {
        String text = esc(l.label());
        if (!"nl".equals(l.labelLanguage())) {
            text = "<span lang=\"" + esc(l.labelLanguage()) + "\">" + text + "</span>";
        }
        return l.derived() ? text + " (afgeleid)" : text;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML; the rest passes as UTF-8 text
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
