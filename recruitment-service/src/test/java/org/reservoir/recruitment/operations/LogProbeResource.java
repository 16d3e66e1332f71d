package org.reservoir.recruitment.operations;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/** Test-only endpoint that writes one log line and tells whether its span is recorded (and so exported). */
@Path("/test-support/log-probe")
@PermitAll
public class LogProbeResource {

    static final String MESSAGE = "log probe";

    @GET
    @Operation(hidden = true)
    public String log() {
        Logger.getLogger(LogProbeResource.class).info(MESSAGE);
        return "logged, recording=" + Span.current().isRecording();
    }
}
