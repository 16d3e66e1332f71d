package org.reservoir.infrastructure.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enum query, path and header parameters: an unknown value is a 400 naming the parameter and the
 * allowed values, where JAX-RS alone would answer 404.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    /** A parameter value that is not one of the enum's constants. */
    public static class InvalidEnumValue extends Parameters.InvalidParameter {
        InvalidEnumValue(String parameter, String value, String allowed) {
            super(400, parameter, "enum", value, allowed);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = Parameters.nameOf(annotations);
        Class<? extends Enum> type = (Class<? extends Enum>) rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) Enum.valueOf(type, value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidEnumValue(name, value,
                            Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }
}
