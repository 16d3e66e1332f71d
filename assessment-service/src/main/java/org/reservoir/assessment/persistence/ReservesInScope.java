package org.reservoir.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalScope;

import java.util.List;

/** The reserves a county's cycle appraises, from the candidate projection (recruitment's events), in a stable order. */
@ApplicationScoped
public class ReservesInScope {

    public List<Appraisal.Reserve> in(String countyCode) {
        return CandidateProjection.<CandidateProjection>list("countyCode = ?1 and status in ?2 order by villageCode, candidateId",
                        countyCode, AppraisalScope.STATUSES).stream()
                .map(c -> new Appraisal.Reserve(c.candidateId, c.name, c.countyCode, c.townshipCode, c.villageCode)).toList();
    }
}
