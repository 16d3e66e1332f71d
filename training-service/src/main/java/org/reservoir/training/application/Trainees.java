package org.reservoir.training.application;

import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Reserve;

import java.util.UUID;

/** The reserve a command names, as the projection of recruitment's candidates knows them. */
final class Trainees {

    private Trainees() {
    }

    /**
     * The reserve, if in the pool and inside the actor's region; otherwise one 422 for all three cases, so a caller
     * learns nothing about people outside their region.
     */
    static Reserve inPool(UUID candidateId, String field, Actor actor) {
        Reserve r = candidateId == null ? null : Reserve.findById(candidateId);
        if (r == null || !r.inPool || !actor.covers(r.villageCode)) {
            throw ProblemException.unprocessable(field, "reserve-not-in-pool", candidateId);
        }
        return r;
    }

    /** The reserve a token with the reserve role stands for: its subject is their candidate id. */
    static UUID me(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(403, "reserve-subject");
        }
    }
}
