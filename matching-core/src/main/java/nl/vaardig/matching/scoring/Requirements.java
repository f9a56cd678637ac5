package nl.vaardig.matching.scoring;

import java.util.Arrays;

/** The skills a vacancy asks for, as ordinals with an essential flag each, in the vacancy's order. */
public record Requirements(int[] skills, boolean[] essential) {

    public Requirements {
        if (skills.length != essential.length) {
            throw new IllegalArgumentException("one essential flag per skill");
        }
        if (skills.length == 0) {
            throw new IllegalArgumentException("a vacancy asks for at least one skill");
        }
        skills = skills.clone();
        essential = essential.clone();
    }

    public int size() {
        return skills.length;
    }

    /** Packs each requirement into one int: {@code ordinal << 1 | essential}. */
    public int[] packed() {
        int[] out = new int[skills.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = skills[i] << 1 | (essential[i] ? 1 : 0);
        }
        return out;
    }

    public static Requirements unpack(int[] packed, int length) {
        int[] s = new int[length];
        boolean[] e = new boolean[length];
        for (int i = 0; i < length; i++) {
            s[i] = packed[i] >>> 1;
            e[i] = (packed[i] & 1) == 1;
        }
        return new Requirements(s, e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Requirements r && Arrays.equals(skills, r.skills) && Arrays.equals(essential, r.essential);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(skills) + Arrays.hashCode(essential);
    }

    @Override
    public String toString() {
        return "Requirements" + Arrays.toString(skills);
    }
}
