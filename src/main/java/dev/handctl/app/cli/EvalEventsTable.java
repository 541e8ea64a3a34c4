package dev.handctl.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.app.HandJson;
import dev.handctl.eval.EventScore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints {@code eval events} results: a table per clip with a total, or JSON. */
final class EvalEventsTable {
  private EvalEventsTable() {}

  private static final String FORMAT = "%-16s %7s %6s %6s %5s %6s %6s %6s %7s %8s %6s %6s %6s%n";

  static void print(PrintWriter out, List<String> names, List<EventScore> scores, EventScore total) {
    out.printf(Locale.ROOT, FORMAT, "clip", "pinches", "acted", "clicks", "drags", "held", "false", "false",
        "swipes", "scrolled", "false", "false", "pose");
    out.printf(Locale.ROOT, FORMAT, "", "found", "on", "", "", "drag", "pinch", "click", "found", "", "swipe",
        "scroll", "flash");
    for (int i = 0; i < names.size(); i++) {
      row(out, names.get(i), scores.get(i));
    }
    row(out, "total", total);
    StringBuilder dirs = new StringBuilder("swipes by direction:");
    total.swipeLabels().forEach((dir, n) -> dirs.append(String.format(Locale.ROOT, "  %s %d/%d", dir,
        total.swipesRecognised().getOrDefault(dir, 0), n)));
    out.println(dirs);
  }

  private static void row(PrintWriter out, String name, EventScore s) {
    out.printf(Locale.ROOT, FORMAT, name, s.pinchesRecognised() + "/" + s.pinchLabels(),
        s.pinchesActed() + "/" + s.pinchLabels(), s.clicks(), s.drags(), s.heldDragged() + "/" + s.heldLabels(),
        s.falsePinches(), s.falseClicks(), s.swipesRecognisedCount() + "/" + s.swipeLabelCount(),
        s.swipesScrolled() + "/" + s.swipeLabelCount(), s.falseSwipes(), s.falseScrolls(),
        s.poseFlashes() + "/" + s.poseStarts());
  }

  static ObjectNode json(EventScore s) {
    ObjectNode n = HandJson.MAPPER.createObjectNode();
    n.put("pinchLabels", s.pinchLabels());
    n.put("pinchesRecognised", s.pinchesRecognised());
    n.put("pinchesActed", s.pinchesActed());
    n.put("clicks", s.clicks());
    n.put("drags", s.drags());
    n.put("heldLabels", s.heldLabels());
    n.put("heldDragged", s.heldDragged());
    n.put("falsePinches", s.falsePinches());
    n.put("falseClicks", s.falseClicks());
    n.put("swipeLabels", s.swipeLabelCount());
    n.put("swipesRecognised", s.swipesRecognisedCount());
    ObjectNode dirs = n.putObject("swipesByDirection");
    s.swipeLabels().forEach((dir, count) -> {
      ObjectNode d = dirs.putObject(dir);
      d.put("labels", count);
      d.put("recognised", s.swipesRecognised().getOrDefault(dir, 0));
    });
    n.put("swipesScrolled", s.swipesScrolled());
    n.put("falseSwipes", s.falseSwipes());
    n.put("falseScrolls", s.falseScrolls());
    n.put("poseStarts", s.poseStarts());
    n.put("poseFlashes", s.poseFlashes());
    return n;
  }
}
