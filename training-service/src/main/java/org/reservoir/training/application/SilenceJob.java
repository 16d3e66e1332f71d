package org.reservoir.training.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.JobView;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.Silence;
import org.reservoir.training.events.MentorshipEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The monthly follow-up check: once per month (one job per month however many instances fire the trigger), judges the
 * month just over for every pair that ran through all of it — silent when it had no task and no feedback — recording
 * each judged month once and publishing each silent one once; then ends the pairs whose period is over. Resumable:
 * judged months are skipped, each chunk commits with its events.
 */
@ApplicationScoped
public class SilenceJob implements JobHandler {

    public static final String TYPE = "mentorship-silence";
    private static final int CHUNK = 100;

    private final Jobs jobs;
    private final EntityManager em;
    private final Outbox outbox;
    private final Mentorships mentorships;
    private final Clock clock;

    public SilenceJob(Jobs jobs, EntityManager em, Outbox outbox, Mentorships mentorships, Clock clock) {
        this.jobs = jobs;
        this.em = em;
        this.outbox = outbox;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Fires often; only the first firing in a month creates that month's job (for the month before). */
    @Scheduled(every = "${reservoir.training.silence-check-interval}", delayed = "30s", identity = "mentorship-silence")
    public void trigger() {
        jobs.trigger(TYPE, YearMonth.now(clock).minusMonths(1).toString());
    }

    @Override
    public void run(JobContext job) {
        YearMonth month = YearMonth.parse(jobs.find(job.id()).map(JobView::triggerKey).orElseThrow());
        List<UUID> chunk;
        while (!(chunk = unjudged(month)).isEmpty()) {
            List<UUID> judging = chunk;
            QuarkusTransaction.requiringNew().run(() -> judging.forEach(id -> judge(id, month)));
            job.checkpoint();
        }
        List<UUID> over = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select p.id from Mentorship p where p.status = :active and p.endsOn < :today order by p.id", UUID.class)
                .setParameter("active", Mentorship.Status.ACTIVE).setParameter("today", LocalDate.now(clock)).getResultList());
        for (UUID id : over) {
            mentorships.endPeriodOver(id);
        }
    }

    /** Pairs that ran through all of {@code month} and are not judged for it yet. */
    private List<UUID> unjudged(YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                        select p.id from Mentorship p where p.startsOn <= :first and (p.endedOn is null or p.endedOn > :last)
                        and not exists (select 1 from MentorshipMonth m where m.pairId = p.id and m.month = :month)
                        order by p.id""", UUID.class)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .setParameter("month", month.toString()).setMaxResults(CHUNK).getResultList());
    }

    private void judge(UUID pairId, YearMonth month) {
        Mentorship pair = Mentorship.findById(pairId);
        Set<YearMonth> taskMonths = em.createQuery("select distinct t.month from MentorshipTask t where t.pairId = :p", String.class)
                .setParameter("p", pairId).getResultStream().map(YearMonth::parse).collect(Collectors.toSet());
        ZoneId zone = clock.getZone();
        Set<YearMonth> feedbackMonths = em.createQuery("select t.feedbackAt from MentorshipTask t where t.pairId = :p and t.feedbackAt is not null",
                        OffsetDateTime.class).setParameter("p", pairId).getResultStream()
                .map(at -> YearMonth.from(at.atZoneSameInstant(zone))).collect(Collectors.toSet());
        boolean silent = Silence.silent(month, taskMonths, feedbackMonths);
        int written = em.createNativeQuery("insert into mentorship_month (pair_id, month, silent, judged_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict do nothing").setParameter(1, pairId).setParameter(2, month.toString()).setParameter(3, silent)
                .setParameter(4, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).executeUpdate();
        if (written == 1 && silent) {
            outbox.publish(MentorshipEvents.TOPIC, MentorshipEvents.SILENT, pairId.toString(), MentorshipEvents.Silent.of(pair, month));
        }
    }
}
