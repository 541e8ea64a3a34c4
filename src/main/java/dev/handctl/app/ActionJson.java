package dev.handctl.app;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handctl.action.RecordedAction;
/** The JSON line of one dry-run action: {@code {"t", "type": "action", "action", "x", "y", ...}}. */
public final class ActionJson {
  private ActionJson() {}

  /**
   * Builds the line.
   *
   * @param a the action
   * @param tMillis its time, milliseconds since the first frame
   * @return the JSON object
   */
  public static ObjectNode line(RecordedAction a, double tMillis) {
    ObjectNode n = HandJson.MAPPER.createObjectNode();
    n.put("t", HandJson.round(tMillis, 1));
    n.put("type", "action");
    n.put("action", a.action());
    n.put("x", a.xPx());
    n.put("y", a.yPx());
    if (a.button() != null) {
      n.put("button", a.button().key());
    }
    if (a.key() != null) {
      n.put("key", a.key());
    }
    if (a.action().equals("scroll")) {
      n.put("dx", a.scrollX());
      n.put("dy", a.scrollY());
    }
    return n;
  }
}
