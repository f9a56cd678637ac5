package nl.vaardig.web.vacancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers' vacancy API: publish, change, close their own organisation's vacancies. Another organisation's
 * vacancy answers 404. The employer journey UI (issue 6) builds on it.
 */
@RestController
@RequestMapping("/api/vacancies")
public class VacancyController {

    public record SkillInput(@NotBlank(message = "{vaardig.vacancy.skill.required}") String uri, boolean essential,
                             @Size(max = 500, message = "{vaardig.vacancy.evidence.size}") String evidence) {
    }

    public record VacancyInput(
            @NotBlank(message = "{vaardig.vacancy.title.required}") @Size(max = 300, message = "{vaardig.vacancy.title.size}") String title,
            @Size(max = 50_000, message = "{vaardig.vacancy.description.size}") String description,
            @NotNull(message = "{vaardig.vacancy.region.required}") @Pattern(regexp = "AM\\d{2}", message = "{vaardig.vacancy.region.format}") String region,
            String gemeente, Double latitude, Double longitude,
            @Min(value = 0, message = "{vaardig.vacancy.hours.range}") @Max(value = 60, message = "{vaardig.vacancy.hours.range}") int hoursMin,
            @Min(value = 0, message = "{vaardig.vacancy.hours.range}") @Max(value = 60, message = "{vaardig.vacancy.hours.range}") int hoursMax,
            @NotNull(message = "{vaardig.vacancy.contract.required}") ContractType contractType,
            String occupation, String isco, List<@Valid SkillInput> skills,
            @NotNull(message = "{vaardig.vacancy.validity.required}") LocalDate validFrom,
            @NotNull(message = "{vaardig.vacancy.validity.required}") LocalDate validUntil) {
    }

    /** {@code version}: the version read (optimistic locking), required; {@code reason}: WITHDRAWN when absent. */
    public record CloseInput(@NotNull(message = "{vaardig.vacancy.version.required}")
                             @Min(value = 0, message = "{vaardig.vacancy.version.required}") Long version,
                             VacancyClosed.Reason reason) {
    }

    public record VacancyView(UUID id, String status, long version, String description, VacancyState state) {
        static VacancyView of(VacancyPosting v) {
            return new VacancyView(v.id().value(), v.status().name(), v.version(), v.content().description(),
                    VacancyEvents.state(v));
        }
    }

    private final VacancyService vacancies;

    public VacancyController(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @PostMapping
    @PreAuthorize("hasRole('EMPLOYER')")
    public ResponseEntity<VacancyView> publish(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody VacancyInput input) {
        VacancyPosting vacancy = vacancies.publish(draft(organisation(jwt), input));
        return ResponseEntity.created(URI.create("/api/vacancies/" + vacancy.id())).body(VacancyView.of(vacancy));
    }

    /** A row of the employer's own vacancy list. */
    public record VacancySummary(UUID id, String title, String region, String status, LocalDate validFrom,
                                 LocalDate validUntil, int skills, boolean synthetic) {
        static VacancySummary of(VacancyPosting v) {
            return new VacancySummary(v.id().value(), v.content().title(), v.content().region().value(), v.status().name(),
                    v.content().validity().from(), v.content().validity().until(), v.content().skills().size(),
                    v.source().synthetic());
        }
    }

    public record VacancyList(List<VacancySummary> items) {
    }

    @GetMapping
    @PreAuthorize("hasRole('EMPLOYER')")
    public VacancyList list(@AuthenticationPrincipal Jwt jwt) {
        return new VacancyList(vacancies.ofEmployer(organisation(jwt), 500).stream().map(VacancySummary::of).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('EMPLOYER')")
    public VacancyView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return VacancyView.of(own(jwt, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('EMPLOYER')")
    public VacancyView change(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @jakarta.validation.constraints.Min(1) @org.springframework.web.bind.annotation.RequestParam long version,
                              @Valid @RequestBody VacancyInput input) {
        VacancyPosting current = own(jwt, id);
        return VacancyView.of(vacancies.change(current.id(), version, draft(organisation(jwt), input)));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('EMPLOYER')")
    public VacancyView close(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody CloseInput input) {
        VacancyPosting current = own(jwt, id);
        return VacancyView.of(vacancies.close(current.id(), input.version(),
                input.reason() == null ? VacancyClosed.Reason.WITHDRAWN : input.reason()));
    }

    private VacancyPosting own(Jwt jwt, UUID id) {
        String organisation = organisation(jwt);
        return vacancies.find(new VacancyId(id)).filter(v -> v.content().employer().equals(organisation))
                .orElseThrow(() -> new NotFoundException("vacancy " + id));
    }

    private static String organisation(Jwt jwt) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        if (user.organisation() == null || user.organisation().isBlank()) {
            throw new IllegalArgumentException("this account is not linked to an employer organisation");
        }
        return user.organisation();
    }

    private static VacancyDraft draft(String employer, VacancyInput in) {
        WorkLocation location = in.gemeente() == null && in.latitude() == null ? null
                : new WorkLocation(in.gemeente(), in.latitude() == null || in.longitude() == null ? null
                : new GeoPoint(in.latitude(), in.longitude()));
        List<RequiredSkill> skills = in.skills() == null ? List.of() : in.skills().stream()
                .map(s -> new RequiredSkill(new SkillUri(s.uri()), s.essential(), s.evidence())).toList();
        return new VacancyDraft(employer, in.title(), in.description(), new AmrCode(in.region()), location,
                new HoursPerWeek(in.hoursMin(), in.hoursMax()), in.contractType(),
                in.occupation() == null || in.occupation().isBlank() ? null : new OccupationUri(in.occupation()),
                in.isco() == null || in.isco().isBlank() ? null : new IscoCode(in.isco()), skills,
                new ValidityPeriod(in.validFrom(), in.validUntil()));
    }
}
