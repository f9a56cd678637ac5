package nl.vaardig.matching.scoring;

/**
 * Skill-group kinship ({@link RelationKind#GROUP_SIBLING}) tested on the fly instead of stored as links: per skill the
 * small ESCO skill groups it sits directly in, per group its members and its credit. Two skills are kin when they
 * share such a group; the credit is the best of the groups they share. Storing every pair as a link made ~577,000 of
 * the graph's ~681,000 links; these arrays hold its ~11,800 memberships once. Immutable.
 */
public final class SkillKinship {

    static final SkillKinship NONE = new SkillKinship(new int[0][], new int[0][], new float[0]);

    /** Per skill ordinal: the ids of its kin groups, ascending. */
    private final int[][] groupsOf;
    /** Per group id: its member skill ordinals. */
    private final int[][] members;
    /** Per group id: the credit a member earns for another member (already a float, as stored links were). */
    private final float[] credit;

    SkillKinship(int[][] groupsOf, int[][] members, float[] credit) {
        if (members.length != credit.length) {
            throw new IllegalArgumentException("one credit per group");
        }
        this.groupsOf = groupsOf;
        this.members = members;
        this.credit = credit;
    }

    /** Kin groups of a skill (empty when none, or when kinship is not computed on the fly). */
    public int[] groups(int skill) {
        return skill < groupsOf.length ? groupsOf[skill] : EMPTY;
    }

    public int[] members(int group) {
        return members[group];
    }

    public float credit(int group) {
        return credit[group];
    }

    public int groupCount() {
        return members.length;
    }

    /** Memberships held (for the statistics of the graph). */
    public int memberships() {
        int n = 0;
        for (int[] m : members) {
            n += m.length;
        }
        return n;
    }

    /** Best credit of a group that {@code a} and {@code b} (distinct skills) share; 0 when they share none. */
    public float credit(int a, int b) {
        int group = sharedGroup(a, b);
        return group < 0 ? 0f : credit[group];
    }

    /** The group whose credit {@link #credit(int, int)} gives (the first such one), or -1. */
    public int sharedGroup(int a, int b) {
        if (a == b) {
            return -1;
        }
        int[] ga = groups(a);
        int[] gb = groups(b);
        int best = -1;
        for (int i = 0, j = 0; i < ga.length && j < gb.length; ) {
            if (ga[i] < gb[j]) {
                i++;
            } else if (ga[i] > gb[j]) {
                j++;
            } else {
                if (best < 0 || credit[ga[i]] > credit[best]) {
                    best = ga[i];
                }
                i++;
                j++;
            }
        }
        return best;
    }

    private static final int[] EMPTY = new int[0];
}
