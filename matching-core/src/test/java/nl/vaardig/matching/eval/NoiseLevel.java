package nl.vaardig.matching.eval;

/**
 * How a synthetic evaluation profile departs from its occupation's skills.
 *
 * @param essentialShare share of the occupation's essential skills the person lists (at least {@code minEssentials})
 * @param optionalShare  share of its optional skills listed
 * @param replaceShare   share of the listed skills replaced by a broader or sibling skill
 * @param previousJob    skills added from a neighbouring occupation (a previous job)
 * @param transversal    transversal skills added (communicate, teamwork, …)
 */
public record NoiseLevel(String name, double essentialShare, int minEssentials, double optionalShare, double replaceShare,
                         int previousJob, int transversal) {

    public static final NoiseLevel CLEAN = new NoiseLevel("clean", 0.7, 3, 0.3, 0.0, 0, 0);
    public static final NoiseLevel MEDIUM = new NoiseLevel("medium", 0.5, 3, 0.15, 0.2, 4, 2);
    public static final NoiseLevel HARD = new NoiseLevel("hard", 0.25, 3, 0.1, 0.35, 8, 3);

    public static final java.util.List<NoiseLevel> ALL = java.util.List.of(CLEAN, MEDIUM, HARD);
}
