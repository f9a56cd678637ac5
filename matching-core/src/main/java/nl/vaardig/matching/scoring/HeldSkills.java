package nl.vaardig.matching.scoring;

import java.util.Arrays;

/**
 * The skills a person holds, as ordinals with the holder factor of each (evidence × level × assessment), in the
 * profile's order (a profile read from the people index: skill URI order, {@code ProfileDocuments}). Skills unknown
 * to the taxonomy and skills not held yet are left out before this point.
 */
public record HeldSkills(int[] skills, double[] holderFactors) {

    public HeldSkills {
        if (skills.length != holderFactors.length) {
            throw new IllegalArgumentException("one holder factor per skill");
        }
        for (double f : holderFactors) {
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("holder factor must be within (0, 1], was " + f);
            }
        }
        skills = skills.clone();
        holderFactors = holderFactors.clone();
    }

    public int size() {
        return skills.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldSkills h && Arrays.equals(skills, h.skills) && Arrays.equals(holderFactors, h.holderFactors);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(skills) + Arrays.hashCode(holderFactors);
    }

    @Override
    public String toString() {
        return "HeldSkills" + Arrays.toString(skills);
    }
}
