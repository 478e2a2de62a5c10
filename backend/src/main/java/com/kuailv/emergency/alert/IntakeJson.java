package com.kuailv.emergency.alert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.kuailv.emergency.common.text.StorableText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads what senders post. Other endpoints refuse text PostgreSQL cannot store; intake must not
 * lose an alert over it, so such text (U+0000, lone surrogates, anywhere in the body: values, keys,
 * nested details) is cleaned before binding. Bodies without such text, almost all of them, are
 * bound directly: the scan for it is one pass over the bytes.
 */
final class IntakeJson {
  private final ObjectMapper json;
  private final ObjectReader reader;

  IntakeJson(ObjectMapper json, Class<?> type) {
    this.json = json;
    // Numbers in what senders send (custom_details) are kept as sent, not rounded to doubles.
    this.reader = json.readerFor(type).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** The body bound to the type, with unstorable text cleaned; null for a JSON null. */
  <T> T read(byte[] body) throws IOException {
    if (!mayHoldUnstorableText(body)) {
      return reader.readValue(body);
    }
    JsonNode tree =
        json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
    return tree == null || tree.isNull() ? null : reader.readValue(clean(tree));
  }

  /** The node with every string and field name cleaned. */
  static JsonNode clean(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      String cleaned = StorableText.clean(text);
      return cleaned == text ? node : TextNode.valueOf(cleaned);
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, clean(array.get(i)));
      }
      return array;
    }
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      object.removeAll();
      for (Map.Entry<String, JsonNode> field : fields) {
        object.set(StorableText.clean(field.getKey()), clean(field.getValue()));
      }
      return object;
    }
    return node;
  }

  /**
   * Whether the UTF-8 JSON may hold U+0000 or a lone surrogate: a {@code \u0000} or {@code
   * \uD800}–{@code \uDFFF} escape, or the three-byte form of a surrogate (ED A0–BF).
   */
  static boolean mayHoldUnstorableText(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == (byte) 0xED && i + 1 < body.length && (body[i + 1] & 0xFF) >= 0xA0) {
        return true;
      }
      if (b == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')) {
        char first = Character.toUpperCase((char) body[i + 2]);
        boolean nul =
            body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0';
        boolean surrogate =
            first == 'D' && "89ABCDEF".indexOf(Character.toUpperCase((char) body[i + 3])) >= 0;
        if (nul || surrogate) {
          return true;
        }
      }
      if (b == '\\') {
        i++; // an escaped backslash is not the start of an escape
      }
    }
    return false;
  }
}
