package org.reservoir.recruitment.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.api.JsonInputLimits;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Text;
import org.reservoir.infrastructure.security.Digests;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.recruitment.api.CandidateRequests;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.application.Campaigns;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.application.Candidates;
import org.reservoir.recruitment.domain.Eligibility;
import org.reservoir.recruitment.domain.PiiProtector;
import org.reservoir.recruitment.domain.Registration;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bulk roster import: every row is checked with the same Bean Validation and domain rules as
 * {@code POST /api/v1/candidates}. The rows of a chunk are registered in one transaction, set-based
 * ({@link Candidates#registerAll}: their candidates, history lines, outbox events and row outcomes are written in a
 * statement or JDBC batch each and commit together); should that transaction fail for any other reason than a row's
 * refusal, the chunk is done again one row per transaction, so one bad row never costs its neighbours. A person
 * already registered in the county is skipped (so uploading the same file twice creates nothing new). Every import is
 * a job (the file stored with it, encrypted), claimed by the instance that took the upload: small files run at once in the
 * request, larger ones in the background; another instance takes a job over when its heartbeat stops. Each row's
 * outcome is written with its registration, so a job resumed after a crash continues after the last chunk done.
 */
@ApplicationScoped
public class RosterImports implements JobHandler {

    public static final String JOB_TYPE = "roster-import";
    /** Up to this many rows the upload is answered synchronously. */
    public static final int SYNCHRONOUS_ROWS = 100;
    /** Rows per transaction, and between saved progress (counters) and heartbeats. */
    static final int CHUNK = 250;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(RosterImports.class);

    private final Campaigns campaigns;
    private final Candidates candidates;
    private final Validator validator;
    private final Jobs jobs;
    private final EntityManager em;
    private final PiiProtector pii;

    public RosterImports(Campaigns campaigns, Candidates candidates, Validator validator, Jobs jobs, EntityManager em, PiiProtector pii) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.validator = validator;
        this.jobs = jobs;
        this.em = em;
        this.pii = pii;
    }

    /** Reads the file, records the import and its job and runs it: here to the end when small, anywhere otherwise. */
    public RosterImport start(UUID campaignId, byte[] file, String contentType, String fileName, Actor actor, Locale locale) {
        Campaign campaign = QuarkusTransaction.requiringNew().call(() -> campaigns.get(campaignId, actor));
        if (campaign.status() != Campaign.Status.OPEN) {
            throw new ProblemException(409, "campaign-not-open", List.of(), Map.of("currentState", campaign.status().name()), campaign.id);
        }
        RosterReader.Format format = RosterReader.detect(contentType, file);
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(file), format, locale);
        if (sheet.hasProblems()) {
            throw new ProblemException(422, "roster-unreadable", List.of(), Map.of("problems", sheet.problems()), String.join("; ", sheet.problems()));
        }
        boolean here = sheet.rows().size() <= SYNCHRONOUS_ROWS;
        UUID id = UUID.randomUUID();
        Map<String, String> parameters = new HashMap<>();
        parameters.put("format", format.name());
        parameters.put("locale", locale.toLanguageTag());
        parameters.put("roles", String.join(",", actor.roles()));
        if (actor.department() != null) {
            parameters.put("department", actor.department());
        }
        // Sealed like the ID numbers it holds (the job row keeps the file until the job ends), before the transaction.
        byte[] sealed = pii.seal(file);
        QuarkusTransaction.requiringNew().run(() -> {
            RosterImport j = new RosterImport();
            j.id = id;
            j.campaignId = campaign.id;
            j.caller = actor.id();
            j.regionCode = actor.region().value();
            j.fileName = fileName;
            j.fileHash = Digests.sha256Hex(file);
            j.status = RosterImport.Status.RUNNING;
            j.totalRows = sheet.rows().size();
            j.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            j.persist();
            // Claimed here, so it starts at once rather than at the next poll; should this instance stop, another takes it over.
            jobs.submitClaimed(JOB_TYPE, id, sealed, parameters);
        });
        if (here) {
            jobs.run(id);
        } else {
            jobs.start(id);
        }
        return QuarkusTransaction.requiringNew().call(() -> withReport(RosterImport.findById(id)));
    }

    /** A job is the uploader's region's: visible to callers whose region covers it (its township, its county). */
    public Optional<RosterImport> find(UUID id, Actor actor) {
        return QuarkusTransaction.joiningExisting().call(() -> RosterImport.<RosterImport>findByIdOptional(id)
                .filter(j -> actor.covers(j.regionCode)).map(this::withReport));
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    /** Imports the rows without an outcome yet, saving the counters and renewing the heartbeat every {@link #CHUNK} rows. */
    @Override
    public void run(JobContext job) {
        UUID id = job.id();
        Map<String, String> p = job.parameters();
        Locale locale = Locale.forLanguageTag(p.get("locale"));
        RosterImport record = QuarkusTransaction.requiringNew().call(() -> RosterImport.<RosterImport>findById(id));
        Actor actor = new Actor(record.caller, Set.of(p.get("roles").split(",")), new DivisionCode(record.regionCode),
                p.get("department"), false);
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(pii.open(job.payload())), RosterReader.Format.valueOf(p.get("format")), locale);
        Set<Integer> done = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(em.createNativeQuery(
                "select row_number from roster_import_row where import_id = ?1", Integer.class).setParameter(1, id).getResultList()));
        List<RosterRow> chunk = new ArrayList<>(CHUNK);
        for (RosterRow row : sheet.rows()) {
            if (done.contains(row.rowNumber())) {
                continue;
            }
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                importChunk(id, chunk, record.campaignId, actor, locale);
                chunk.clear();
                job.checkpoint();
            }
        }
        importChunk(id, chunk, record.campaignId, actor, locale);
        saveProgress(id, RosterImport.Status.FINISHED, null);
    }

    /** The chunk's rows and the progress counters in one transaction; row by row when that transaction fails. */
    private void importChunk(UUID importId, List<RosterRow> rows, UUID campaignId, Actor actor, Locale locale) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                record(importId, register(rows, campaignId, actor, locale));
                saveProgress(importId, RosterImport.Status.RUNNING, null);
            });
        } catch (RuntimeException e) {
            LOG.infof("roster import %s: a chunk of %d rows from row %d failed (%s); importing it row by row", importId, rows.size(),
                    rows.get(0).rowNumber(), e.getMessage());
            rows.forEach(row -> QuarkusTransaction.requiringNew().run(() -> record(importId, register(List.of(row), campaignId, actor, locale))));
            saveProgress(importId, RosterImport.Status.RUNNING, null);
        }
    }

    @Override
    public void failed(UUID jobId, String reason) {
        saveProgress(jobId, RosterImport.Status.FAILED, reason);
    }

    /** The counters from the rows done; an import that has ended keeps its status. */
    private void saveProgress(UUID id, RosterImport.Status status, String reason) {
        QuarkusTransaction.joiningExisting().run(() -> em.createNativeQuery("""
                        update roster_import r set processed = s.n, created = s.c, skipped = s.s, failed = s.f, status = ?1,
                            failure_reason = ?2, finished_at = case when ?1 = 'RUNNING' then null else now() end
                        from (select count(*) n, count(*) filter (where outcome = 'CREATED') c, count(*) filter (where outcome = 'SKIPPED') s,
                                     count(*) filter (where outcome = 'FAILED') f
                              from roster_import_row where import_id = ?3) s
                        where r.id = ?3 and r.status = 'RUNNING'""")
                .setParameter(1, status.name()).setParameter(2, reason).setParameter(3, id).executeUpdate());
    }

    private RosterImport withReport(RosterImport j) {
        if (j == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select row_number, outcome, candidate_id, errors::text from roster_import_row"
                + " where import_id = ?1 order by row_number").setParameter(1, j.id).getResultList();
        j.report = rows.stream().map(r -> new RosterImport.RowResult((Integer) r[0], RosterImport.Outcome.valueOf((String) r[1]),
                (UUID) r[2], json((String) r[3]))).toList();
        return j;
    }

    /** The rows' outcomes in one statement; a row recorded already (by an attempt that overlapped this one) keeps its first outcome. */
    private void record(UUID importId, List<RosterImport.RowResult> results) {
        int[] numbers = new int[results.size()];
        String[] outcomes = new String[numbers.length];
        UUID[] candidateIds = new UUID[numbers.length];
        String[] errors = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            RosterImport.RowResult r = results.get(i);
            numbers[i] = r.row();
            outcomes[i] = r.outcome().name();
            candidateIds[i] = r.candidateId();
            try {
                errors[i] = JSON.writeValueAsString(r.errors());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        em.createNativeQuery("insert into roster_import_row (import_id, row_number, outcome, candidate_id, errors)"
                        + " select ?1, n, o, c, cast(e as jsonb) from unnest(?2, ?3, ?4, ?5) as r(n, o, c, e) on conflict do nothing")
                .setParameter(1, importId).setParameter(2, numbers).setParameter(3, outcomes).setParameter(4, candidateIds)
                .setParameter(5, errors).executeUpdate();
    }

    private static List<RosterImport.CellError> json(String errors) {
        try {
            return JSON.readValue(errors, new TypeReference<List<RosterImport.CellError>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registers the rows' people in the caller's transaction (one set-based {@link Candidates#registerAll}); the outcome of
     * every row, in order: a row that cannot be read or breaks a rule is FAILED with its errors, a person registered
     * already SKIPPED.
     */
    private List<RosterImport.RowResult> register(List<RosterRow> rows, UUID campaignId, Actor actor, Locale locale) {
        RosterImport.RowResult[] results = new RosterImport.RowResult[rows.size()];
        List<Integer> valid = new ArrayList<>(rows.size());
        List<Registration> registrations = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RosterRow row = rows.get(i);
            List<RosterImport.CellError> errors = new ArrayList<>();
            // Held to the API's own input limits: PostgreSQL stores no NUL.
            row.values().forEach((field, text) -> {
                if (text != null && !Text.plain(text)) {
                    errors.add(error(field, "text-characters", Messages.text(locale, "rule.text-characters")));
                }
            });
            CandidateRequests.Register request = errors.isEmpty() ? toRequest(row, campaignId, errors, locale) : null;
            if (errors.isEmpty()) {
                for (ConstraintViolation<CandidateRequests.Register> v : validator.validate(request)) {
                    String field = v.getPropertyPath().iterator().next().getName();
                    errors.add(error(field, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()));
                }
            }
            if (errors.isEmpty()) {
                valid.add(i);
                registrations.add(request.toRegistration());
            } else {
                results[i] = new RosterImport.RowResult(row.rowNumber(), RosterImport.Outcome.FAILED, null, errors);
            }
        }
        List<Candidates.Registered> registered = registrations.isEmpty() ? List.of() : candidates.registerAll(registrations, actor);
        for (int k = 0; k < valid.size(); k++) {
            int row = rows.get(valid.get(k)).rowNumber();
            Candidates.Registered r = registered.get(k);
            results[valid.get(k)] = r.refusal() == null ? created(row, r.candidate(), locale) : refused(row, r.refusal(), locale);
        }
        return List.of(results);
    }

    /** Registered, but the uploader must see every rule the person fails, as the API's eligibility does. */
    private static RosterImport.RowResult created(int row, Candidate c, Locale locale) {
        List<RosterImport.CellError> ineligible = c.eligibility.stream().filter(s -> !s.satisfied())
                .map(s -> error(Eligibility.field(s.rule()), s.rule(),
                        Messages.text(locale, "eligibility." + s.rule() + ".failed", s.actual(), s.required()))).toList();
        return new RosterImport.RowResult(row, RosterImport.Outcome.CREATED, c.id, ineligible);
    }

    private static RosterImport.RowResult refused(int row, ProblemException e, Locale locale) {
        if ("candidate-exists".equals(e.key()) || "candidate-exists-elsewhere".equals(e.key())) {
            Object existing = e.extensions().get("existingCandidateId");
            return new RosterImport.RowResult(row, RosterImport.Outcome.SKIPPED, existing == null ? null : UUID.fromString((String) existing),
                    List.of(error("idNumber", e.key(), Messages.text(locale, e.key() + ".detail", e.args()))));
        }
        List<RosterImport.CellError> domain = e.violations().stream()
                .map(v -> error(v.field(), v.rule(), Messages.text(locale, "rule." + v.rule(), v.args()))).toList();
        // A refusal of the whole row names no field, except the target village lying outside the importer's region.
        String field = "out-of-jurisdiction".equals(e.key()) ? "villageCode" : "";
        return new RosterImport.RowResult(row, RosterImport.Outcome.FAILED, null, domain.isEmpty()
                ? List.of(error(field, e.key(), Messages.text(locale, e.key() + ".detail", e.args()))) : domain);
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
}
