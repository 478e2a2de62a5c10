package com.kuailv.emergency.common.time;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * Every date and time in a request body must lie in the years 1900 to 9999: PostgreSQL would store
 * a year 44 BC, but the platform could not read the row back, and such a date is always a typo.
 * Others are refused as {@link OutOfRange}, which the problem mappers answer with 400 naming the
 * field. Times are rounded to whole microseconds as PostgreSQL stores them (half to even), so what
 * a write answers is what is read back later.
 */
@Singleton
public class StorableTimeModule implements ObjectMapperCustomizer {
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("storable-time")
            .setDeserializerModifier(
                new BeanDeserializerModifier() {
                  @Override
                  public JsonDeserializer<?> modifyDeserializer(
                      DeserializationConfig config,
                      BeanDescription description,
                      JsonDeserializer<?> deserializer) {
                    Class<?> type = description.getBeanClass();
                    boolean time =
                        type == OffsetDateTime.class
                            || type == Instant.class
                            || type == LocalDate.class
                            || type == LocalDateTime.class
                            || type == ZonedDateTime.class;
                    return time ? new InRange(deserializer) : deserializer;
                  }
                }));
  }

  /** Checks the year of what the wrapped deserializer read. */
  private static final class InRange extends DelegatingDeserializer {
    InRange(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new InRange(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object value = super.deserialize(parser, context);
      int year = FIRST_YEAR;
      if (value instanceof OffsetDateTime time) {
        year = time.getYear();
      } else if (value instanceof ZonedDateTime time) {
        year = time.getYear();
      } else if (value instanceof LocalDateTime time) {
        year = time.getYear();
      } else if (value instanceof LocalDate date) {
        year = date.getYear();
      } else if (value instanceof Instant instant) {
        year = instant.atOffset(ZoneOffset.UTC).getYear();
      }
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        throw new OutOfRange(parser, value);
      }
      return value instanceof Temporal time && !(value instanceof LocalDate) ? micros(time) : value;
    }
  }

  /** The time rounded to whole microseconds, half to even, as PostgreSQL rounds on input. */
  static Temporal micros(Temporal time) {
    long nanos = time.get(ChronoField.NANO_OF_SECOND);
    long rest = nanos % 1_000;
    if (rest == 0) {
      return time;
    }
    long down = nanos - rest;
    boolean up = rest > 500 || (rest == 500 && (down / 1_000) % 2 == 1);
    return time.minus(rest, ChronoUnit.NANOS).plus(up ? 1_000 : 0, ChronoUnit.NANOS);
  }

  /** A date or time in a request body outside the years 1900 to 9999. */
  public static final class OutOfRange extends InvalidFormatException {
    /** What the field error says. */
    public static final String MESSAGE = "must be a date between the years 1900 and 9999";

    OutOfRange(JsonParser parser, Object value) {
      super(parser, MESSAGE, value, value.getClass());
    }
  }
}
