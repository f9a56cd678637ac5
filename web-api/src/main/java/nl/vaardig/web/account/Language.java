package nl.vaardig.web.account;

import java.util.Locale;

/** The interface languages Vaardig speaks: Dutch first, English second. */
public enum Language {
    NL,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unsupported language: " + code);
    }
}
