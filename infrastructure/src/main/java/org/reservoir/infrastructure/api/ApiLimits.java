package org.reservoir.infrastructure.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reservoir.http.*}: the request limits {@link HttpLimits} answers with problem+json. */
@ConfigMapping(prefix = "reservoir.http")
public interface ApiLimits {

    /** Method, target and version of the request line together. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Names and values of all headers together. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** A body's limit where the resource method declares no {@link MaxBodySize}. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
