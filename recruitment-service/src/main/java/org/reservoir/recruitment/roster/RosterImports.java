package org.reservoir.recruitment.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.api.JsonInputLimits;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.recruitment.api.CandidateRequests;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.application.Campaigns;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.application.Candidates;
import org.reservoir.recruitment.domain.Eligibility;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bulk roster import: every row is checked with the same Bean Validation and domain rules as
 * {@code POST /api/v1/candidates} and registered in its own transaction. A person already registered
 * in the county is skipped (so uploading the same file twice creates nothing new). Small files are
 * answered at once; larger ones run as a job.
 */
@ApplicationScoped
public class RosterImports {

    /** Up to this many rows the upload is answered synchronously. */
    public static final int SYNCHRONOUS_ROWS = 100;
    private static final Logger LOG = Logger.getLogger(RosterImports.class);

    private final Campaigns campaigns;
    private final Candidates candidates;
    private final Validator validator;
    private final ManagedExecutor executor;

    public RosterImports(Campaigns campaigns, Candidates candidates, Validator validator, ManagedExecutor executor) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.validator = validator;
        this.executor = executor;
    }

    /** Reads the file, records the job and runs it: to the end when small, in the background otherwise. */
    public RosterImport start(UUID campaignId, byte[] file, String contentType, String fileName, Actor actor, Locale locale) {
        Campaign campaign = QuarkusTransaction.requiringNew().call(() -> campaigns.get(campaignId, actor));
        if (campaign.status != Campaign.Status.OPEN) {
            throw new ProblemException(409, "campaign-not-open", List.of(), Map.of("currentState", campaign.status.name()), campaign.id);
        }
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(file), RosterReader.detect(contentType, file));
        if (sheet.hasProblems()) {
            throw new ProblemException(422, "roster-unreadable", List.of(), Map.of("problems", sheet.problems()), String.join("; ", sheet.problems()));
        }
        RosterImport job = QuarkusTransaction.requiringNew().call(() -> {
            RosterImport j = new RosterImport();
            j.id = UUID.randomUUID();
            j.campaignId = campaign.id;
            j.caller = actor.id();
            j.regionCode = actor.region().value();
            j.fileName = fileName;
            j.fileHash = sha256(file);
            j.status = RosterImport.Status.RUNNING;
            j.totalRows = sheet.rows().size();
            j.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            j.persist();
            return j;
        });
        if (sheet.rows().size() <= SYNCHRONOUS_ROWS) {
            run(job.id, campaign.id, sheet.rows(), actor, locale);
        } else {
            executor.runAsync(() -> run(job.id, campaign.id, sheet.rows(), actor, locale));
        }
        return QuarkusTransaction.requiringNew().call(() -> RosterImport.findById(job.id));
    }

    /** A job is the uploader's region's: visible to callers whose region covers it (its township, its county). */
    public Optional<RosterImport> find(UUID id, Actor actor) {
        return RosterImport.<RosterImport>findByIdOptional(id).filter(j -> actor.covers(j.regionCode));
    }

    private void run(UUID jobId, UUID campaignId, List<RosterRow> rows, Actor actor, Locale locale) {
        List<RosterImport.RowResult> results = new ArrayList<>();
        try {
            for (RosterRow row : rows) {
                results.add(importRow(row, campaignId, actor, locale));
                if (results.size() % 50 == 0) {
                    save(jobId, results, RosterImport.Status.RUNNING);
                }
            }
            save(jobId, results, RosterImport.Status.FINISHED);
        } catch (RuntimeException e) {
            LOG.errorf(e, "roster import %s stopped after %d rows", jobId, results.size());
            save(jobId, results, RosterImport.Status.FAILED);
        }
    }

    private void save(UUID jobId, List<RosterImport.RowResult> results, RosterImport.Status status) {
        QuarkusTransaction.requiringNew().run(() -> {
            RosterImport j = RosterImport.findById(jobId);
            j.report = new ArrayList<>(results);
            j.processed = results.size();
            j.created = count(results, RosterImport.Outcome.CREATED);
            j.skipped = count(results, RosterImport.Outcome.SKIPPED);
            j.failed = count(results, RosterImport.Outcome.FAILED);
            j.status = status;
            j.finishedAt = status == RosterImport.Status.RUNNING ? null : OffsetDateTime.now(ZoneOffset.UTC);
        });
    }

    private static int count(List<RosterImport.RowResult> results, RosterImport.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private RosterImport.RowResult importRow(RosterRow row, UUID campaignId, Actor actor, Locale locale) {
        List<RosterImport.CellError> errors = new ArrayList<>();
        // Held to the API's own input limits: PostgreSQL stores no NUL.
        row.values().forEach((field, text) -> {
            if (text != null && text.indexOf('\u0000') >= 0) {
                errors.add(error(field, "text-characters", Messages.text(locale, "rule.text-characters")));
            }
        });
        if (!errors.isEmpty()) {
            return new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.FAILED, null, errors);
        }
        CandidateRequests.Register request = toRequest(row, campaignId, errors, locale);
        if (errors.isEmpty()) {
            for (ConstraintViolation<CandidateRequests.Register> v : validator.validate(request)) {
                String field = v.getPropertyPath().iterator().next().getName();
                errors.add(error(field, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.FAILED, null, errors);
        }
        try {
            Candidate c = QuarkusTransaction.requiringNew().call(() -> candidates.register(request.toRegistration(), actor));
            // Registered, but the uploader must see every rule the person fails, as the API's eligibility does.
            List<RosterImport.CellError> ineligible = c.eligibility.stream().filter(s -> !s.satisfied())
                    .map(s -> error(Eligibility.field(s.rule()), s.rule(),
                            Messages.text(locale, "eligibility." + s.rule() + ".failed", s.actual(), s.required()))).toList();
            return new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.CREATED, c.id, ineligible);
        } catch (ProblemException e) {
            if ("candidate-exists".equals(e.key()) || "candidate-exists-elsewhere".equals(e.key())) {
                Object existing = e.extensions().get("existingCandidateId");
                return new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.SKIPPED,
                        existing == null ? null : UUID.fromString((String) existing),
                        List.of(error("idNumber", e.key(), Messages.text(locale, e.key() + ".detail", e.args()))));
            }
            List<RosterImport.CellError> domain = e.violations().stream()
                    .map(v -> error(v.field(), v.rule(), Messages.text(locale, "rule." + v.rule(), v.args()))).toList();
            return new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.FAILED, null, domain.isEmpty()
                    ? List.of(error("", e.key(), Messages.text(locale, e.key() + ".detail", e.args()))) : domain);
        }
    }

    private static RosterImport.CellError error(String field, String rule, String reason) {
        String column = RosterColumn.byKey(field).map(RosterColumn::label).orElse(field);
        return new RosterImport.CellError(column, field, rule, reason);
    }

    /** Turns the row's text into the API's request; unparseable cells become errors naming their column. */
    private static CandidateRequests.Register toRequest(RosterRow row, UUID campaignId, List<RosterImport.CellError> errors, Locale locale) {
        Map<String, String> v = row.values();
        return new CandidateRequests.Register(campaignId, v.get("villageCode"),
                parse(v, "targetPost", RosterLabels::post, errors, locale),
                parse(v, "track", RosterLabels::track, errors, locale),
                v.get("name"),
                parse(v, "gender", RosterLabels::gender, errors, locale),
                v.get("ethnicity"),
                parse(v, "birthDate", RosterImports::date, errors, locale),
                v.get("idNumber"),
                v.get("phone"),
                parse(v, "educationLevel", RosterLabels::education, errors, locale),
                v.get("major"), v.get("school"),
                parse(v, "politicalStatus", RosterLabels::political, errors, locale),
                parse(v, "partyJoinDate", RosterImports::date, errors, locale),
                null,
                parse(v, "workYears", RosterImports::integer, errors, locale),
                parse(v, "fitForDuty", RosterLabels::yesNo, errors, locale),
                null,
                parse(v, "local", RosterLabels::yesNo, errors, locale),
                null,
                v.get("occupation"),
                parse(v, "sourceGroup", RosterLabels::source, errors, locale),
                parse(v, "channel", RosterLabels::channel, errors, locale),
                v.get("channelDetail"));
    }

    private static <T> T parse(Map<String, String> values, String field, Function<String, Optional<T>> parser,
                               List<RosterImport.CellError> errors, Locale locale) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(text);
        if (parsed.isEmpty()) {
            errors.add(error(field, "format", Messages.text(locale, "rule.roster-value", text)));
        }
        return parsed.orElse(null);
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s)).filter(JsonInputLimits::inRange);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
