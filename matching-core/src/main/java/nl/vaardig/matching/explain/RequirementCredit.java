package nl.vaardig.matching.explain;

import java.util.Locale;
import java.util.Objects;
import nl.vaardig.matching.scoring.RelationKind;

/**
 * How one requirement of a vacancy was met: fully by the same skill, partly by a stand-in, or not at all.
 *
 * @param weight         weight of the requirement (essential/optional × specificity)
 * @param relation       how the stand-in relates to the requirement; null when missing
 * @param standIn        the profile's skill that earned the credit; null when missing
 * @param via            for a sibling: the shared broader skill; otherwise null
 * @param coOccurrences  for co-occurring skills: in how many ESCO occupations both are asked; otherwise 0
 * @param relationCredit credit of the relation (1 for the same skill)
 * @param holderFactor   how fully the person holds the stand-in (evidence × level × assessment)
 * @param credit         relationCredit × holderFactor (0 when missing)
 * @param points         this requirement's part of the score
 */
public record RequirementCredit(SkillLabel skill, boolean essential, double weight, RelationKind relation,
                                SkillLabel standIn, SkillLabel via, int coOccurrences, double relationCredit,
                                double holderFactor, double credit, double points) {

    public RequirementCredit {
        Objects.requireNonNull(skill, "skill");
        if ((relation == null) != (standIn == null)) {
            throw new IllegalArgumentException("a met requirement names its relation and stand-in, a missing one neither");
        }
        if (relation != null && relation != RelationKind.SAME && !(relationCredit < 1.0)) {
            throw new IllegalArgumentException("a stand-in earns strictly less than the skill itself");
        }
    }

    public boolean met() {
        return relation != null;
    }

    public boolean fullyMatched() {
        return relation == RelationKind.SAME;
    }

    public boolean partial() {
        return relation != null && relation != RelationKind.SAME;
    }

    /** Why the stand-in counts, in Dutch or English; empty for the same skill or a missing one. */
    public String reason(Locale locale) {
        if (!partial()) {
            return "";
        }
        boolean nl = "nl".equals(locale.getLanguage());
        return switch (relation) {
            case NARROWER_HELD -> nl ? "specifiekere vaardigheid binnen '" + skill.text() + "'"
                    : "narrower skill within '" + skill.text() + "'";
            case BROADER_HELD -> nl ? "bredere vaardigheid dan gevraagd" : "broader skill than the one asked";
            case SIBLING -> nl ? "verwante vaardigheid onder '" + via.text() + "'"
                    : "sibling skill under '" + via.text() + "'";
            case RELATED_ESSENTIAL, RELATED_OPTIONAL -> nl ? "verwant volgens ESCO (vaardigheid–vaardigheid)"
                    : "related (ESCO skill–skill)";
            case GROUP_SIBLING -> nl ? "verwante vaardigheid in dezelfde ESCO-vaardighedengroep"
                    : "kindred skill in the same ESCO skill group";
            case CO_OCCURS -> nl ? "komt samen voor in " + coOccurrences + " beroepen"
                    : "co-occurs in " + coOccurrences + " occupations";
            case SAME -> "";
        };
    }
}
