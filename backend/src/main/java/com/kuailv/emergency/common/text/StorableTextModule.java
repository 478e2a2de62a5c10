package com.kuailv.emergency.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string in a request body must be storable: one with U+0000 or a lone surrogate is refused
 * as {@link UnstorableText}, which the problem mappers answer with 400 naming the field. Alert
 * intake does not refuse such text: it cleans it first (see {@link StorableText#clean}).
 */
@Singleton
public class StorableTextModule implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, STRICT));
  }

  private static final StdScalarDeserializer<String> STRICT =
      new StdScalarDeserializer<>(String.class) {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
          String value = StringDeserializer.instance.deserialize(parser, context);
          if (!StorableText.isStorable(value)) {
            throw new UnstorableText(parser, value);
          }
          return value;
        }
      };

  /** A string in a request body that PostgreSQL cannot store. */
  public static final class UnstorableText extends InvalidFormatException {
    /** What the field error says. */
    public static final String MESSAGE =
        "contains characters that cannot be stored (U+0000 or half of a surrogate pair); remove"
            + " them";

    UnstorableText(JsonParser parser, String value) {
      super(parser, MESSAGE, value, String.class);
    }
  }
}
