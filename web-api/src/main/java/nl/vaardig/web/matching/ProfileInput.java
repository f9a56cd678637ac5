package nl.vaardig.web.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;

/**
 * An anonymous skills profile as the browser sends it: never stored, never logged. Level defaults to
 * intermediate and evidence to the person's own statement.
 */
public record ProfileInput(
        @NotEmpty(message = "{vaardig.match.skills.required}")
        @Size(max = 200, message = "{vaardig.match.skills.size}") List<@Valid @NotNull SkillInput> skills,
        @Pattern(regexp = "AM\\d{2}", message = "{vaardig.match.region.format}") String region,
        @Valid Home home,
        @Min(value = 1, message = "{vaardig.match.distance.range}") @Max(value = 500, message = "{vaardig.match.distance.range}") Integer maxDistanceKm,
        @Valid Hours hours,
        @Size(max = 5, message = "{vaardig.match.contracts.size}") List<ContractType> contracts) {

    public record SkillInput(@NotBlank(message = "{vaardig.match.skill.uri}") @Size(max = 200, message = "{vaardig.match.skill.uri}") String uri,
                             ProficiencyLevel level, Boolean wantsToLearn, EvidenceKind evidence) {

        boolean learning() {
            return Boolean.TRUE.equals(wantsToLearn);
        }
    }

    public record Home(@NotNull(message = "{vaardig.match.home.range}") @DecimalMin(value = "50.7", message = "{vaardig.match.home.range}")
                       @DecimalMax(value = "53.6", message = "{vaardig.match.home.range}") Double latitude,
                       @NotNull(message = "{vaardig.match.home.range}") @DecimalMin(value = "3.3", message = "{vaardig.match.home.range}")
                       @DecimalMax(value = "7.3", message = "{vaardig.match.home.range}") Double longitude) {
    }

    public record Hours(@NotNull(message = "{vaardig.match.hours.range}") @Min(value = 0, message = "{vaardig.match.hours.range}")
                        @Max(value = 60, message = "{vaardig.match.hours.range}") Integer min,
                        @NotNull(message = "{vaardig.match.hours.range}") @Min(value = 0, message = "{vaardig.match.hours.range}")
                        @Max(value = 60, message = "{vaardig.match.hours.range}") Integer max) {
    }
}
