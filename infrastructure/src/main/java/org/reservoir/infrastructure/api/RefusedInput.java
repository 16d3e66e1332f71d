package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value refused while the body is read, before any of it is bound or validated: a list over its
 * {@code @Size(max)}, text with a NUL, a date out of range. Jackson adds the JSON path as it propagates, which
 * the problem names as the field; {@code rule} and {@code args} give the message {@code rule.<rule>}.
 */
public class RefusedInput extends JsonMappingException {

    private final int status;
    private final String rule;
    private final transient Object[] args;

    public RefusedInput(JsonParser parser, int status, String rule, Object... args) {
        super(parser, rule);
        this.status = status;
        this.rule = rule;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args;
    }
}
