package org.reservoir.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalScope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reserves a county's cycle appraises, from the candidate projection (recruitment's events), in a stable order. */
@ApplicationScoped
public class ReservesInScope {

    public List<Appraisal.Reserve> in(String countyCode) {
        return CandidateProjection.<CandidateProjection>list("countyCode = ?1 and status in ?2 order by villageCode, candidateId",
                        countyCode, AppraisalScope.STATUSES).stream()
                .map(ReservesInScope::reserve).toList();
    }

    /** The candidate as a reserve, if recruitment's latest event puts them in scope. */
    public Optional<Appraisal.Reserve> one(UUID candidateId) {
        return CandidateProjection.<CandidateProjection>findByIdOptional(candidateId).filter(c -> AppraisalScope.inScope(c.status))
                .map(ReservesInScope::reserve);
    }

    private static Appraisal.Reserve reserve(CandidateProjection c) {
        return new Appraisal.Reserve(c.candidateId, c.name, c.countyCode, c.townshipCode, c.villageCode);
    }
}
