package dev.handctl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigEditorTest {
  /** A user's file as people have it: the template's commented defaults, a few keys of their own. */
  private static final String EDITED = """
      # my handctl settings (edited by hand, 2026-11-30)
      pointer:
        # slower than the default, my desk is small
        mode: relative   # absolute felt jumpy
        gainPxPerHandSize: 800
        smoothing:
          beta: 2.0
      #  acceleration:
      #    # Switch it off for a constant gain.
      #    enabled: true

      actions:
        minClickIntervalMillis: 250
      # trailing note
      """;

  private static List<Integer> changedLines(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    assertEquals(a.length, b.length, "an edit in place keeps the number of lines");
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        changed.add(i);
      }
    }
    return changed;
  }

  private static void assertPassesCheck(String text) {
    ConfigLoader.Result r = ConfigLoader.check("config.yaml", text);
    assertTrue(r.clean(), r.problems().toString());
  }

  @Test
  void uncommentsTheKeyAndItsBlockInTheTemplate() throws Exception {
    String template = UserSetup.settingsTemplate();
    String after = ConfigEditor.set(template, "pointer.gainPxPerHandSize", 900);
    List<Integer> changed = changedLines(template, after);
    String[] lines = after.split("\n", -1);
    assertEquals(2, changed.size(), changed.toString());
    assertEquals("pointer:", lines[changed.get(0)]);
    assertEquals("  gainPxPerHandSize: 900", lines[changed.get(1)]);
    assertPassesCheck(after);
    assertEquals(900.0, ConfigLoader.check("c", after).config().pointer().gainPxPerHandSize());
  }

  @Test
  void secondEditInTheTemplateUsesTheBlockAlreadyUncommented() throws Exception {
    String template = UserSetup.settingsTemplate();
    String once = ConfigEditor.set(template, "pointer.gainPxPerHandSize", 900);
    String twice = ConfigEditor.set(once, "pointer.acceleration.enabled", false);
    List<Integer> changed = changedLines(once, twice);
    String[] lines = twice.split("\n", -1);
    assertEquals(2, changed.size(), changed.toString());
    assertEquals("  acceleration:", lines[changed.get(0)]);
    assertEquals("    enabled: false", lines[changed.get(1)]);
    String thrice = ConfigEditor.set(twice, "pointer.smoothing.minCutoffHz", 1.5);
    assertEquals(List.of("  smoothing:", "    minCutoffHz: 1.5"),
        changedLines(twice, thrice).stream().map(i -> thrice.split("\n", -1)[i]).toList());
    assertPassesCheck(thrice);
    HandctlConfig c = ConfigLoader.check("c", thrice).config();
    assertEquals(false, c.pointer().acceleration());
  }

  @Test
  void takesTheCommentedLineOfItsOwnBlockUnderAHandWrittenOne() throws Exception {
    // keys written by hand at the top, the template's commented defaults below: detector and
    // landmarks both have a commented regionScale; the landmarks' one is uncommented
    String text = "landmarks:\n  minPresence: 0.6\n" + UserSetup.settingsTemplate();
    String after = ConfigEditor.set(text, "landmarks.regionScale", 2.2);
    List<Integer> changed = changedLines(text, after);
    assertEquals(1, changed.size(), changed.toString());
    String[] lines = after.split("\n", -1);
    assertEquals("  regionScale: 2.2", lines[changed.get(0)]);
    int landmarksBlock = List.of(lines).indexOf("# landmarks:");
    assertTrue(changed.get(0) > landmarksBlock, "under '# landmarks:', not under '# detector:'");
    assertPassesCheck(after);
    assertEquals(2.2, ConfigLoader.check("c", after).config().landmarks().regionScale());
  }

  @Test
  void replacesAPresentValueKeepingItsComment() {
    String after = ConfigEditor.set(EDITED, "pointer.mode", "absolute");
    assertEquals(List.of(3), changedLines(EDITED, after));
    assertEquals("  mode: absolute # absolute felt jumpy", after.split("\n")[3]);
    String gain = ConfigEditor.set(EDITED, "pointer.gainPxPerHandSize", 1500);
    assertEquals(List.of(4), changedLines(EDITED, gain));
    assertEquals("  gainPxPerHandSize: 1500", gain.split("\n")[4]);
    assertPassesCheck(after);
    assertPassesCheck(gain);
  }

  @Test
  void uncommentsACommentedBlockInsideAnActiveOne() {
    String after = ConfigEditor.set(EDITED, "pointer.acceleration.enabled", false);
    assertEquals(List.of(7, 9), changedLines(EDITED, after));
    assertEquals("  acceleration:", after.split("\n")[7]);
    assertEquals("#    # Switch it off for a constant gain.", after.split("\n")[8]);
    assertEquals("    enabled: false", after.split("\n")[9]);
    assertPassesCheck(after);
    assertEquals(false, ConfigEditor.valueIn(after, "pointer.acceleration.enabled"));
    assertEquals(800.0, ((Number) ConfigEditor.valueIn(after, "pointer.gainPxPerHandSize")).doubleValue());
  }

  @Test
  void addsAKeyUnderItsBlockWhenNotThere() {
    String after = ConfigEditor.set(EDITED, "actions.dwellMillis", 1000);
    String[] a = EDITED.split("\n", -1);
    String[] b = after.split("\n", -1);
    assertEquals(a.length + 1, b.length);
    assertEquals("actions:", b[11]);
    assertEquals("  dwellMillis: 1000", b[12]);
    assertEquals("  minClickIntervalMillis: 250", b[13]);
    assertPassesCheck(after);
  }

  @Test
  void addsTheBlockAtTheEndWhenAbsent() {
    String after = ConfigEditor.set(EDITED, "overlay.enabled", false);
    assertTrue(after.startsWith(EDITED), "every line before stays as it was");
    assertEquals("overlay:\n  enabled: false\n", after.substring(EDITED.length()));
    assertPassesCheck(after);
    String noNewline = "pointer:\n  mode: absolute";
    assertEquals(noNewline + "\noverlay:\n  enabled: false\n", ConfigEditor.set(noNewline, "overlay.enabled", false));
    assertEquals("overlay:\n  enabled: true\n", ConfigEditor.set("", "overlay.enabled", true));
  }

  @Test
  void keepsWindowsLineEndingsAndDottedKeys() {
    String crlf = "# mine\r\npointer:\r\n  mode: relative\r\n";
    assertEquals("# mine\r\npointer:\r\n  mode: absolute\r\n", ConfigEditor.set(crlf, "pointer.mode", "absolute"));
    String dotted = "pointer.gainPxPerHandSize: 700 # dotted\n";
    assertEquals("pointer.gainPxPerHandSize: 2000 # dotted\n",
        ConfigEditor.set(dotted, "pointer.gainPxPerHandSize", 2000.0));
  }

  @Test
  void refusesWhatItCannotWriteSafely() {
    assertTrue(assertThrows(ConfigException.class, () -> ConfigEditor.set(EDITED, "pointer.speed", 3))
        .getMessage().contains("not a setting"));
    // out of the schema's range: the edit would not pass the check, the text is not returned
    assertTrue(assertThrows(ConfigException.class, () -> ConfigEditor.set(EDITED, "actions.dwellMillis", 99_999))
        .getMessage().contains("actions.dwellMillis"));
    String broken = "pointer:\n  mode: [relative\n";
    assertTrue(assertThrows(ConfigException.class, () -> ConfigEditor.set(broken, "pointer.mode", "absolute"))
        .getMessage().contains("line"));
    // a flow mapping cannot be edited line by line, and a second pointer block would be a duplicate
    String flow = "pointer: {mode: relative}\n";
    assertThrows(ConfigException.class, () -> ConfigEditor.set(flow, "pointer.gainPxPerHandSize", 900));
  }
}
