package nl.vaardig.taxonomy.extract.match;

import java.util.Set;

/**
 * Function words left out of label and text term streams, so that "work in teams" matches "working in a
 * team" and "aansturen van een team" matches "team aansturen". Deliberately small: verbs such as "use" or
 * "werken" carry meaning in skill labels and stay in.
 */
public final class StopWords {

    private static final Set<String> ENGLISH = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
            "or", "with", "by", "from", "as", "into", "about", "within", "its", "their", "your", "our", "my", "his",
            "her", "it", "this", "that", "these", "those", "is", "are", "be", "been", "being", "was", "were", "you",
            "we", "they", "i", "he", "she", "us", "them", "other", "such", "e.g", "etc", "i.e", "all", "any", "some",
            "will", "would", "should", "can", "could", "may", "might", "must", "shall", "also", "well", "both",
            "either", "via", "per", "than", "then", "so", "if", "do", "does", "did", "has", "have", "had", "who",
            "which", "what", "where", "when", "how", "not", "no", "own", "more", "most", "very", "up", "out", "over",
            "through", "across", "like", "while", "upon", "including", "etc.");
    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "of", "van", "in", "op", "aan", "met",
            "voor", "door", "bij", "naar", "om", "te", "uit", "over", "als", "tot", "die", "dat", "deze", "dit", "der",
            "des", "je", "jij", "jou", "jouw", "u", "uw", "wij", "we", "ons", "onze", "zij", "ze", "hun", "hij", "zijn",
            "is", "ben", "bent", "wordt", "worden", "word", "werd", "zal", "zult", "zullen", "kan", "kun", "kunt",
            "kunnen", "moet", "moeten", "mag", "mogen", "wil", "wilt", "willen", "heb", "hebt", "heeft", "hebben",
            "er", "ook", "al", "alle", "elk", "elke", "ieder", "iedere", "wat", "wie", "waar", "wanneer", "hoe",
            "niet", "geen", "zo", "dan", "want", "maar", "dus", "nog", "zeer", "erg", "heel", "daarbij", "hierbij",
            "daarnaast", "tevens", "bijv", "bv", "o.a", "etc", "zoals", "onder", "andere", "ander", "tussen", "binnen",
            "buiten", "per", "via", "mee", "jezelf", "zich", "zelf", "eigen", "the", "and", "a");

    private StopWords() {
    }

    public static boolean english(String folded) {
        return ENGLISH.contains(folded);
    }

    public static boolean dutch(String folded) {
        return DUTCH.contains(folded);
    }

    public static boolean isStop(Namespace namespace, String folded) {
        return namespace == Namespace.EN ? ENGLISH.contains(folded) : DUTCH.contains(folded);
    }
}
