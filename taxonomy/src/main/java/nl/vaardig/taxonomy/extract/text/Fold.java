package nl.vaardig.taxonomy.extract.text;

/**
 * Lower-cases and removes diacritics the way Dutch and English vacancy text needs it ("coördinatie" and
 * "coordinatie", "Café" and "cafe" are the same word), without the cost of {@link java.text.Normalizer}
 * for the Latin characters that make up nearly all input. Locale-independent.
 */
public final class Fold {

    private static final char[] LATIN1 = new char[0x180];

    static {
        for (char c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = Character.toLowerCase(c);
        }
        map("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", 'a');
        map("ÇçĆćĈĉĊċČč", 'c');
        map("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e');
        map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", 'i');
        map("ÑñŃńŅņŇň", 'n');
        map("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", 'o');
        map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", 'u');
        map("ÝýÿŶŷŸ", 'y');
        map("ŚśŜŝŞşŠš", 's');
        map("ŹźŻżŽž", 'z');
        map("ĞğĜĝĠġĢģ", 'g');
        map("ĹĺĻļĽľĿŀŁł", 'l');
        map("ŔŕŖŗŘř", 'r');
        map("ŢţŤťŦŧ", 't');
        map("ĎďĐđ", 'd');
    }

    private Fold() {
    }

    private static void map(String chars, char to) {
        for (int i = 0; i < chars.length(); i++) {
            LATIN1[chars.charAt(i)] = to;
        }
    }

    public static char fold(char c) {
        if (c < LATIN1.length) {
            return LATIN1[c];
        }
        return Character.toLowerCase(c);
    }

    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
