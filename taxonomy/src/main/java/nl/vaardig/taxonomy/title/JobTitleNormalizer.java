package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.region.LabourMarketRegions;

/**
 * Removes what Dutch vacancy titles add around the occupation: gender markers ({@code m/v/x}), seniority
 * ({@code junior}, {@code senior}, {@code ervaren}), contract and hours ({@code parttime}, {@code 32 uur}),
 * side-entry words ({@code zij-instromer}, {@code herintreder}) and a trailing place ({@code Kok - Utrecht}).
 * Words that carry meaning ({@code medewerker}, {@code assistent}) are kept; ranking weighs them by rarity.
 */
public final class JobTitleNormalizer {

    private static final Set<String> NOISE = Set.of(
            "m", "v", "x", "mv", "mvx", "vm", "h", "d", "f", "w", "mwd", "mfd", "genderneutraal",
            "junior", "medior", "senior", "ervaren", "startend", "startende", "starter", "beginnend", "beginnende",
            "allround", "allrounder", "zelfstandig", "werkend", "gevorderd", "gevorderde", "eerste", "tweede",
            "parttime", "fulltime", "part", "full", "time", "deeltijd", "voltijd", "uur", "uren", "per", "week", "pw",
            "fte", "tot", "max", "min",
            "zij", "instromer", "instromers", "zijinstromer", "zijinstromers", "instroom", "zijinstroom", "herintreder",
            "herintreders", "omscholing", "omscholer",
            "vacature", "vacatures", "gezocht", "gevraagd", "wij", "zoeken", "nieuw", "nieuwe", "direct", "per direct",
            "tijdelijk", "tijdelijke", "vast", "vaste", "contract", "oproepkracht", "invalkracht", "invaller", "flex",
            "flexibel", "flexibele", "freelance", "freelancer", "zzp", "zzp'er", "uitzendbasis", "detachering",
            "bbl", "bol", "leerwerkplek", "leerwerktraject", "traineeship",
            "regio", "omgeving", "nl", "nederland");
    private static final Pattern BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[-–|]\\s+|\\s*\\|\\s*");
    private static final Pattern GENDER = Pattern.compile("(?i)\\b[mvhw]\\s*/\\s*[mvhwx](\\s*/\\s*[mvhwxd])?\\b");
    /** A teaching qualification: "(1e/2e graads)", "2e-graads", "eerstegraads" (a grade for secondary school). */
    private static final Pattern GRADE = Pattern.compile(
            "(?i)[(\\[]?\\s*(([123]e|eerste|tweede|derde)\\s*[-/]?\\s*)+graads(\\s*bevoegd(heid)?)?\\s*[)\\]]?");
    private static final Pattern NUMBERISH = Pattern.compile("[0-9][0-9.,\\-]*(e|ste|de)?");

    private final LabourMarketRegions regions;

    public JobTitleNormalizer(LabourMarketRegions regions) {
        this.regions = regions;
    }

    public JobTitleNormalizer() {
        this(LabourMarketRegions.shipped());
    }

    public NormalizedTitle normalize(String title) {
        String original = title == null ? "" : title.strip();
        var ignored = new ArrayList<String>();
        String text = GENDER.matcher(original).replaceAll(m -> {
            ignored.add(m.group());
            return " ";
        });
        text = GRADE.matcher(text).replaceAll(m -> {
            ignored.add(m.group().strip());
            return " ";
        });

        // a place after " - " or " | " ("Kok - Utrecht") is not part of the occupation
        String[] segments = SEGMENT_SEPARATOR.split(text);
        var kept = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            String seg = segments[i].strip();
            if (regions.gemeente(seg).isPresent() || allNoise(seg)) {
                ignored.add(seg);
            } else {
                kept.append(' ').append(seg);
            }
        }
        text = kept.toString();

        // brackets holding only noise ("(32-36 uur)", "(fulltime)") go; others keep their words
        Matcher m = BRACKETS.matcher(text);
        var sb = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1);
            if (allNoise(inside)) {
                if (!inside.isBlank()) {
                    ignored.add(m.group());
                }
                m.appendReplacement(sb, " ");
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(" " + inside + " "));
            }
        }
        m.appendTail(sb);

        var words = new ArrayList<String>();
        for (String w : TextFolding.foldWords(sb.toString().replace("&", " en ")).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (isNoise(w)) {
                ignored.add(w);
            } else {
                words.add(w);
            }
        }
        // never normalise a title to nothing: "Senior" alone stays "senior"
        String query = words.isEmpty() ? TextFolding.foldWords(original) : String.join(" ", words);
        return new NormalizedTitle(original, query, ignored);
    }

    private static boolean isNoise(String foldedWord) {
        return NOISE.contains(foldedWord) || NUMBERISH.matcher(foldedWord).matches();
    }

    private static boolean allNoise(String text) {
        String folded = TextFolding.foldWords(text);
        if (folded.isEmpty()) {
            return true;
        }
        for (String w : folded.split(" ")) {
            if (!isNoise(w)) {
                return false;
            }
        }
        return true;
    }
}
