package nl.vaardig.web.seeker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.web.candidate.ConsentKind;

/**
 * A job seeker's skills profile as the editor sends it. On creation it carries the consents chosen on the consent
 * screen; on replacement the version it was based on (optimistic locking). Shape and sizes are checked here; what
 * the values name (ESCO skills, regions, the consent rules) in {@link ProfileChecks}.
 */
public record ProfileForm(
        @NotNull(message = "{vaardig.seeker.skills.required}")
        @Size(max = ProfileChecks.MAX_SKILLS, message = "{vaardig.seeker.skills.size}") List<@Valid @NotNull SkillForm> skills,
        @NotBlank(message = "{vaardig.seeker.region.required}")
        @Pattern(regexp = "AM\\d{2}", message = "{vaardig.match.region.format}") String region,
        @Valid Hours hours,
        @Size(max = 200, message = "{vaardig.seeker.occupation.size}") String occupation,
        Long version,
        @Size(max = 4, message = "{vaardig.seeker.consents.size}") List<@Valid @NotNull ConsentForm> consents) {

    public ProfileForm {
        skills = skills == null ? null : List.copyOf(skills);
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    /** One skill with the four self-assessment answers, a level, where the claim comes from and optional proof. */
    public record SkillForm(
            @NotBlank(message = "{vaardig.match.skill.uri}") @Size(max = 200, message = "{vaardig.match.skill.uri}") String uri,
            @NotNull(message = "{vaardig.seeker.level.required}") ProficiencyLevel level,
            @NotNull(message = "{vaardig.seeker.evidence.required}") EvidenceKind evidence,
            boolean doesIt, boolean canDoIt, boolean wantsToLearn, boolean givesEnergy,
            @Size(max = 500, message = "{vaardig.seeker.proof.size}") String proofText,
            @Size(max = 500, message = "{vaardig.seeker.proof.size}")
            @Pattern(regexp = "https?://\\S+", message = "{vaardig.seeker.proof.url}") String proofUrl) {
    }

    public record Hours(@NotNull(message = "{vaardig.match.hours.range}") @Min(value = 0, message = "{vaardig.match.hours.range}")
                        @Max(value = 60, message = "{vaardig.match.hours.range}") Integer min,
                        @NotNull(message = "{vaardig.match.hours.range}") @Min(value = 0, message = "{vaardig.match.hours.range}")
                        @Max(value = 60, message = "{vaardig.match.hours.range}") Integer max) {
    }

    /** A consent chosen on the consent screen; regions for employer search and coach help (others: the profile's). */
    public record ConsentForm(@NotNull(message = "{vaardig.seeker.consent.kind}") ConsentKind kind,
                              @Size(max = 10, message = "{vaardig.seeker.consent.regions}")
                              List<@NotNull @Pattern(regexp = "AM\\d{2}", message = "{vaardig.match.region.format}") String> regions) {

        public ConsentForm {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    /** The body of PUT /api/me/consents/{kind}: the regions the consent is (now) given for. */
    public record ConsentRegions(@Size(max = 10, message = "{vaardig.seeker.consent.regions}")
                                 List<@NotNull @Pattern(regexp = "AM\\d{2}", message = "{vaardig.match.region.format}") String> regions) {

        public ConsentRegions {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
