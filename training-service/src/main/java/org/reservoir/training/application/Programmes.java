package org.reservoir.training.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Attendance;
import org.reservoir.training.domain.AttendanceMethod;
import org.reservoir.training.domain.CheckInWindow;
import org.reservoir.training.domain.Enrolment;
import org.reservoir.training.domain.EnrolmentAction;
import org.reservoir.training.domain.EnrolmentStatus;
import org.reservoir.training.domain.Hours;
import org.reservoir.training.domain.HoursRequirement;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.ProgrammeCapacity;
import org.reservoir.training.domain.ProgrammeKind;
import org.reservoir.training.domain.Reserve;
import org.reservoir.training.domain.TrainingHistory;
import org.reservoir.training.domain.TrainingSession;
import org.reservoir.training.events.ProgrammeEvents;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Programme use cases: plan, schedule sessions, enrol (by list or a whole township), check in or roll call, hours.
 * Enrolment changes go through the {@link TransitionRunner}; attendance credits hours once and publishes them.
 */
@ApplicationScoped
public class Programmes {

    /** An unambiguous alphabet for codes read off a screen and typed into a phone (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final Set<String> OFFICERS = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER);

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final TransitionRunner runner;
    private final SecureRandom random = new SecureRandom();

    public Programmes(EntityManager em, Clock clock, Outbox outbox, TransitionRunner runner) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.runner = runner;
    }

    // ---------------------------------------------------------------- programmes and sessions

    @Transactional
    public Programme plan(Programme.Draft d, Actor actor) {
        Programme.refusal(d).ifPresent(Programmes::refuse);
        requireActsOn(d.scopeCode(), actor);
        Programme p = Programme.plan(UUID.randomUUID(), d, actor.id(), now());
        p.persistAndFlush();
        return p;
    }

    /** Officers read the programmes of their region and those of the county or township enclosing it; others get 404. */
    public Programme get(UUID id, Actor actor) {
        Programme p = id == null ? null : Programme.findById(id);
        if (p == null || !reads(p, actor)) {
            throw ProblemException.notFound("programme", id);
        }
        return p;
    }

    public List<Programme> list(Actor actor, Integer year, ProgrammeKind kind, int page, int size) {
        return Programme.<Programme>find(where(year, kind), Sort.by("year", Sort.Direction.Descending).and("createdAt").and("id"),
                params(actor, year, kind)).page(Page.of(page, size)).list();
    }

    public long count(Actor actor, Integer year, ProgrammeKind kind) {
        return Programme.count(where(year, kind), params(actor, year, kind));
    }

    private static String where(Integer year, ProgrammeKind kind) {
        return "(scopeCode like :within or scopeCode in :enclosing)" + (year == null ? "" : " and year = :year")
                + (kind == null ? "" : " and kind = :kind");
    }

    private static Parameters params(Actor actor, Integer year, ProgrammeKind kind) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%").and("enclosing", enclosing(actor.region()));
        if (year != null) {
            p = p.and("year", year);
        }
        return kind == null ? p : p.and("kind", kind);
    }

    private static List<String> enclosing(DivisionCode region) {
        List<String> codes = new ArrayList<>(List.of("-"));
        for (var c = region.parent(); c.isPresent(); c = c.get().parent()) {
            codes.add(c.get().value());
        }
        return codes;
    }

    @Transactional
    public TrainingSession schedule(UUID programmeId, TrainingSession.Draft d, Actor actor) {
        Programme p = get(programmeId, actor);
        requireActsOn(p.scopeCode, actor);
        AdvisoryLocks.lock(em, "programme", p.id.toString());
        TrainingSession.refusal(d, p, enrolled(p.id)).ifPresent(Programmes::refuse);
        TrainingSession s = TrainingSession.schedule(UUID.randomUUID(), p, d, newCode(), now());
        s.persistAndFlush();
        return s;
    }

    public TrainingSession session(UUID id, Actor actor) {
        TrainingSession s = id == null ? null : TrainingSession.findById(id);
        if (s == null || !reads(Programme.findById(s.programmeId), actor)) {
            throw ProblemException.notFound("session", id);
        }
        return s;
    }

    public List<TrainingSession> sessions(UUID programmeId, Actor actor, int page, int size) {
        get(programmeId, actor);
        return TrainingSession.<TrainingSession>find("programmeId", Sort.by("startsAt").and("id"), programmeId).page(Page.of(page, size)).list();
    }

    public long sessionCount(UUID programmeId) {
        return TrainingSession.count("programmeId", programmeId);
    }

    // ---------------------------------------------------------------- enrolment

    /** Who was enrolled now and who was enrolled already (in any status: a withdrawal is undone by reinstating). */
    public record Enrolled(List<Enrolment> enrolled, List<UUID> alreadyEnrolled) {
    }

    /**
     * Enrols the reserves named, or every reserve in the pool of {@code townshipCode} (enrolment by rule), all or none:
     * every one must be a reserve of the programme's scope and the caller's region, and the places must suffice.
     */
    @Transactional
    public Enrolled enrol(UUID programmeId, List<UUID> candidateIds, String townshipCode, Actor actor) {
        Programme p = get(programmeId, actor);
        requireActsOn(p.scopeCode, actor);
        List<Reserve> reserves = new ArrayList<>();
        if (townshipCode != null) {
            DivisionCode township = DivisionCode.parse(townshipCode).filter(c -> c.level() == DivisionCode.Level.TOWNSHIP)
                    .filter(c -> actor.covers(c.value()) && p.admits(c.value()))
                    .orElseThrow(() -> ProblemException.unprocessable("townshipCode", "enrolment-township", townshipCode));
            reserves.addAll(Reserve.<Reserve>list("inPool = true and townshipCode = ?1 order by candidateId", township.value()));
        } else {
            List<org.reservoir.infrastructure.api.Violation> wrong = new ArrayList<>();
            List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(candidateIds));
            for (int i = 0; i < ids.size(); i++) {
                Reserve r = Reserve.findById(ids.get(i));
                if (r == null || !r.inPool || !actor.covers(r.villageCode) || !p.admits(r.villageCode)) {
                    wrong.add(new org.reservoir.infrastructure.api.Violation("candidateIds[" + candidateIds.indexOf(ids.get(i)) + "]",
                            "reserve-not-in-pool", ids.get(i)));
                } else {
                    reserves.add(r);
                }
            }
            if (!wrong.isEmpty()) {
                throw ProblemException.unprocessable(wrong);
            }
        }
        AdvisoryLocks.lock(em, "programme", p.id.toString());
        Set<UUID> already = new LinkedHashSet<>(em.createQuery("select e.candidateId from Enrolment e where e.programmeId = :p", UUID.class)
                .setParameter("p", p.id).getResultList());
        List<Reserve> fresh = reserves.stream().filter(r -> !already.contains(r.candidateId)).toList();
        ProgrammeCapacity.refusal(capacity(p.id), enrolled(p.id), fresh.size()).ifPresent(Programmes::refuse);
        OffsetDateTime now = now();
        List<Enrolment> made = new ArrayList<>();
        for (Reserve r : fresh) {
            Enrolment e = Enrolment.enrol(UUID.randomUUID(), p, r, now);
            e.persist();
            TrainingHistory.of(TrainingHistory.Subject.ENROLMENT, e.id, new AuditLine(EnrolmentAction.ENROL, null, e.status().name(), actor.id(),
                    actor.roleFor(OFFICERS), townshipCode == null ? null : "township " + townshipCode, Map.of(), now)).persist();
            made.add(e);
        }
        em.flush();
        List<UUID> skipped = reserves.stream().map(r -> r.candidateId).filter(already::contains).toList();
        return new Enrolled(made, skipped);
    }

    public Enrolment enrolment(UUID id, Actor actor) {
        Enrolment e = id == null ? null : Enrolment.findById(id);
        if (e == null || !actor.covers(e.villageCode) || !reads(Programme.findById(e.programmeId), actor)) {
            throw ProblemException.notFound("enrolment", id);
        }
        return e;
    }

    /** A programme's enrolments of reserves inside the caller's region: a township reads its county's programme, not its neighbours' people. */
    public List<Enrolment> enrolments(UUID programmeId, EnrolmentStatus status, Actor actor, int page, int size) {
        get(programmeId, actor);
        return Enrolment.<Enrolment>find(enrolmentWhere(status), Sort.by("enrolledAt").and("id"), enrolmentParams(programmeId, status, actor))
                .page(Page.of(page, size)).list();
    }

    public long enrolmentCount(UUID programmeId, EnrolmentStatus status, Actor actor) {
        return Enrolment.count(enrolmentWhere(status), enrolmentParams(programmeId, status, actor));
    }

    private static String enrolmentWhere(EnrolmentStatus status) {
        return "programmeId = :p and villageCode like :within" + (status == null ? "" : " and status = :s");
    }

    private static Parameters enrolmentParams(UUID programmeId, EnrolmentStatus status, Actor actor) {
        Parameters p = Parameters.with("p", programmeId).and("within", actor.region().prefix() + "%");
        return status == null ? p : p.and("s", status);
    }

    @Transactional
    public Enrolment withdraw(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, EnrolmentAction.WITHDRAW, ifMatch, actor, e -> e.withdraw(reason));
    }

    @Transactional
    public Enrolment complete(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, EnrolmentAction.COMPLETE, ifMatch, actor, e -> e.complete(reason));
    }

    @Transactional
    public Enrolment reinstate(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, EnrolmentAction.REINSTATE, ifMatch, actor, e -> {
            AdvisoryLocks.lock(em, "programme", e.programmeId.toString());
            return e.reinstate(reason, capacity(e.programmeId), enrolled(e.programmeId));
        });
    }

    private Enrolment step(UUID id, EnrolmentAction action, String ifMatch, Actor actor,
                           Function<Enrolment, org.reservoir.infrastructure.transitions.Decision<EnrolmentStatus>> decide) {
        return runner.run(new TransitionRunner.Request<>(Enrolment.TABLE, action, actor, ifMatch, () -> enrolment(id, actor), decide,
                ProgrammeJournals.ENROLMENT));
    }

    public List<TrainingHistory> history(UUID subjectId) {
        return TrainingHistory.list("subjectId = ?1 order by id", subjectId);
    }

    // ---------------------------------------------------------------- attendance

    /** A reserve's phone submits the session code shown in the room, inside the session's check-in window. */
    @Transactional
    public Attendance checkIn(String code, Actor actor) {
        UUID me = Trainees.me(actor);
        // One query for the code and the enrolment: an unknown code and the code of a session the reserve is not enrolled in
        // get the same answer on the same path, so guessing codes tells nothing about which exist.
        String typed = code == null ? "" : code.trim().toUpperCase();
        Enrolment e = Enrolment.<Enrolment>find("select e from Enrolment e, TrainingSession s where s.checkInCode = ?1 "
                + "and e.programmeId = s.programmeId and e.candidateId = ?2 and e.status = ?3", typed, me, EnrolmentStatus.ENROLLED).firstResult();
        if (e == null) {
            throw ProblemException.unprocessable("code", "check-in-code");
        }
        TrainingSession s = TrainingSession.<TrainingSession>find("checkInCode", typed).firstResult();
        s.window().refusal(now()).ifPresent(Programmes::refuse);
        return credit(s, e, AttendanceMethod.CHECK_IN, actor);
    }

    /** Who an officer's roll call credited now, and who had attended already (credited once). */
    public record RollCall(List<Attendance> credited, List<UUID> alreadyAttended) {
    }

    @Transactional
    public RollCall rollCall(UUID sessionId, List<UUID> candidateIds, Actor actor) {
        TrainingSession s = session(sessionId, actor);
        Programme p = Programme.findById(s.programmeId);
        requireActsOn(p.scopeCode, actor);
        CheckInWindow.rollCallRefusal(s.startsAt, now()).ifPresent(Programmes::refuse);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(candidateIds));
        List<org.reservoir.infrastructure.api.Violation> wrong = new ArrayList<>();
        List<Enrolment> present = new ArrayList<>();
        for (UUID id : ids) {
            Enrolment e = Enrolment.<Enrolment>find("programmeId = ?1 and candidateId = ?2", p.id, id).firstResult();
            if (e == null || e.status() != EnrolmentStatus.ENROLLED || !actor.covers(e.villageCode)) {
                wrong.add(new org.reservoir.infrastructure.api.Violation("candidateIds[" + candidateIds.indexOf(id) + "]", "roll-call-enrolled", id));
            } else {
                present.add(e);
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.unprocessable(wrong);
        }
        List<Attendance> credited = new ArrayList<>();
        List<UUID> already = new ArrayList<>();
        for (Enrolment e : present) {
            if (attended(s.id, e.candidateId)) {
                already.add(e.candidateId);
            } else {
                credited.add(credit(s, e, AttendanceMethod.ROLL_CALL, actor));
            }
        }
        return new RollCall(credited, already);
    }

    private boolean attended(UUID sessionId, UUID candidateId) {
        return Attendance.count("sessionId = ?1 and candidateId = ?2", sessionId, candidateId) > 0;
    }

    /** Hours are credited once per reserve and session; a session holds no more than its capacity. */
    private Attendance credit(TrainingSession s, Enrolment e, AttendanceMethod method, Actor actor) {
        AdvisoryLocks.lock(em, "session", s.id.toString());
        if (attended(s.id, e.candidateId)) {
            throw new ProblemException(409, "already-attended", s.id);
        }
        long present = Attendance.count("sessionId", s.id);
        ProgrammeCapacity.refusal(OptionalInt.of(s.capacity), present, 1).ifPresent(Programmes::refuse);
        Programme p = Programme.findById(s.programmeId);
        Attendance a = Attendance.credit(UUID.randomUUID(), s, p, e, method, actor.id(), now());
        a.persistAndFlush();
        outbox.publish(ProgrammeEvents.ATTENDANCE_TOPIC, ProgrammeEvents.HOURS_CREDITED, a.candidateId.toString(),
                ProgrammeEvents.HoursCredited.of(a));
        return a;
    }

    /** A session's attendance of reserves inside the caller's region, as for enrolments. */
    public List<Attendance> attendance(UUID sessionId, Actor actor, int page, int size) {
        session(sessionId, actor);
        return Attendance.<Attendance>find(ATTENDANCE_WITHIN, Sort.by("recordedAt").and("id"), attendanceParams(sessionId, actor))
                .page(Page.of(page, size)).list();
    }

    public long attendanceCount(UUID sessionId, Actor actor) {
        return Attendance.count(ATTENDANCE_WITHIN, attendanceParams(sessionId, actor));
    }

    private static final String ATTENDANCE_WITHIN = "sessionId = :s and villageCode like :within";

    private static Parameters attendanceParams(UUID sessionId, Actor actor) {
        return Parameters.with("s", sessionId).and("within", actor.region().prefix() + "%");
    }

    // ---------------------------------------------------------------- hours

    /** A reserve's hours in {@code year} against their county's minimum; officers of the reserve's region only. */
    public Hours hours(UUID candidateId, int year, Actor actor) {
        Reserve r = candidateId == null ? null : Reserve.findById(candidateId);
        if (r == null || !actor.covers(r.villageCode)) {
            throw ProblemException.notFound("reserve", candidateId);
        }
        return hoursOf(r.candidateId, r.countyCode, year);
    }

    /** The calling reserve's own hours. */
    public Hours myHours(int year, Actor actor) {
        UUID me = Trainees.me(actor);
        Reserve r = Reserve.findById(me);
        String county = r != null ? r.countyCode : actor.region().county().value();
        return hoursOf(me, county, year);
    }

    private Hours hoursOf(UUID candidateId, String countyCode, int year) {
        BigDecimal total = em.createQuery("select coalesce(sum(a.hours), 0) from Attendance a where a.candidateId = :c "
                        + "and a.attendedOn between :from and :to", BigDecimal.class)
                .setParameter("c", candidateId).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
        return Hours.of(year, total, HoursRequirement.of(countyCode, year));
    }

    /** Sets a county's required yearly hours: creates it, or changes it naming the version read (If-Match). */
    @Transactional
    public HoursRequirement require(String countyCode, int year, BigDecimal minimum, String ifMatch, Actor actor) {
        DivisionCode county = DivisionCode.parse(countyCode).filter(c -> c.level() == DivisionCode.Level.COUNTY)
                .orElseThrow(() -> ProblemException.unprocessable("countyCode", "hours-county", countyCode));
        if (year < Programme.FIRST_YEAR || year > Programme.LAST_YEAR) {
            throw ProblemException.unprocessable("year", "programme-year", year, Programme.FIRST_YEAR, Programme.LAST_YEAR);
        }
        requireActsOn(county.value(), actor);
        AdvisoryLocks.lock(em, "hours-requirement", county.value(), Integer.toString(year));
        HoursRequirement r = HoursRequirement.findById(new HoursRequirement.Key(county.value(), year));
        if (r == null) {
            r = new HoursRequirement();
            r.key = new HoursRequirement.Key(county.value(), year);
        } else {
            Versions.requireMatch(ifMatch, r.version);
        }
        // Stored with two decimals: the answer reads as every later GET does.
        r.minimumHours = minimum.setScale(2, java.math.RoundingMode.HALF_UP);
        r.updatedBy = actor.id();
        r.updatedAt = now();
        r.persistAndFlush();
        return r;
    }

    public HoursRequirement requirement(String countyCode, int year, Actor actor) {
        HoursRequirement r = countyCode == null ? null : HoursRequirement.findById(new HoursRequirement.Key(countyCode, year));
        if (r == null || !(actor.covers(countyCode) || new DivisionCode(countyCode).covers(actor.region()))) {
            throw ProblemException.notFound("hours-requirement", countyCode + "/" + year);
        }
        return r;
    }

    // ---------------------------------------------------------------- a reserve's own sessions

    /** The sessions of the programmes the calling reserve is enrolled in (or completed), soonest first. */
    public List<TrainingSession> mySessions(Actor actor, OffsetDateTime from, int page, int size) {
        return TrainingSession.<TrainingSession>find(MY_SESSIONS, Sort.by("startsAt").and("id"), mySessionParams(actor, from))
                .page(Page.of(page, size)).list();
    }

    public long mySessionCount(Actor actor, OffsetDateTime from) {
        return TrainingSession.count(MY_SESSIONS, mySessionParams(actor, from));
    }

    private static final String MY_SESSIONS = "endsAt >= :from and programmeId in (select e.programmeId from Enrolment e "
            + "where e.candidateId = :me and e.status in :statuses)";

    private static Parameters mySessionParams(Actor actor, OffsetDateTime from) {
        return Parameters.with("me", Trainees.me(actor)).and("from", from)
                .and("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED));
    }

    public Set<UUID> attendedBy(UUID candidateId, List<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery("select a.sessionId from Attendance a where a.candidateId = :c and a.sessionId in :s", UUID.class)
                .setParameter("c", candidateId).setParameter("s", sessionIds).getResultList());
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the actor runs the programme: an officer (county admin, township officer) whose region covers its scope. */
    public boolean runs(UUID programmeId, Actor actor) {
        Programme p = Programme.findById(programmeId);
        return p != null && actor.roles().stream().anyMatch(OFFICERS::contains) && actor.covers(p.scopeCode);
    }

        private boolean reads(Programme p, Actor actor) {
        return p != null && actor.officer() && (actor.covers(p.scopeCode) || new DivisionCode(p.scopeCode).covers(actor.region()));
    }

    /** Jurisdiction in both directions: only the officers of the scope (or above it) act on it; a township never on its county's. */
    private static void requireActsOn(String code, Actor actor) {
        if (!actor.covers(code)) {
            throw new ProblemException(403, "out-of-jurisdiction", code, actor.regionCode());
        }
    }

    private long enrolled(UUID programmeId) {
        return Enrolment.count("programmeId = ?1 and status = ?2", programmeId, EnrolmentStatus.ENROLLED);
    }

    private OptionalInt capacity(UUID programmeId) {
        return ProgrammeCapacity.of(em.createQuery("select s.capacity from TrainingSession s where s.programmeId = :p", Integer.class)
                .setParameter("p", programmeId).getResultList());
    }

    private String newCode() {
        for (;;) {
            StringBuilder b = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (TrainingSession.count("checkInCode", b.toString()) == 0) {
                return b.toString();
            }
        }
    }

    private static void refuse(Refusal refusal) {
        throw refusal.toProblem();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
