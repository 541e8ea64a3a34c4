package dev.handctl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handctl.action.PointerSettings;
import org.junit.jupiter.api.Test;

/** The calibration's own writer for {@code pointer.absoluteRegion} and the gain: only their lines change. */
class CalibrationWriterTest {
  private static final PointerSettings.CameraRegion R = new PointerSettings.CameraRegion(0.3302, 0.25, 0.6698, 0.7);
  private static final String LINE = "{left: 0.3302, top: 0.25, right: 0.6698, bottom: 0.7}";

  private static String write(String text) {
    String out = CalibrationWriter.write("config.yaml", text, R, 1768.0);
    PointerSettings p = ConfigLoader.check("config.yaml", out).config().pointer();
    assertEquals(R, p.region());
    assertEquals(1768.0, p.gainPxPerHandSize());
    return out;
  }

  @Test
  void aPointerBlockKeepsEveryOtherLineAndCommentAndGetsTheKeysAtItsEnd() {
    String text = "# my settings\npointer:\n  # I like it absolute\n  mode: absolute   # really\n\n"
        + "  deadZoneHandSizes: 0.03\n# next\ncamera:\n  fps: 30\n";
    assertEquals("# my settings\npointer:\n  # I like it absolute\n  mode: absolute   # really\n\n"
        + "  deadZoneHandSizes: 0.03\n  absoluteRegion: " + LINE + "\n  gainPxPerHandSize: 1768\n# next\ncamera:\n"
        + "  fps: 30\n", write(text));
  }

  @Test
  void keysAlreadyThereAreReplacedWhereTheyAreKeepingTheirLineComments() {
    String text = "pointer:\n  gainPxPerHandSize: 900  # too slow?\n  absoluteRegion:\n    left: 0.1  # hmm\n"
        + "    # more\n    right: 0.9\n  mode: absolute\n";
    assertEquals("pointer:\n  gainPxPerHandSize: 1768  # too slow?\n  absoluteRegion: " + LINE + "\n"
        + "  mode: absolute\n", write(text));
    String flowLine = "pointer:\n    absoluteRegion: {left: 0.1,\n      top: 0.1}   # old\n    mode: absolute\n";
    assertEquals("pointer:\n    absoluteRegion: " + LINE + "  # old\n    mode: absolute\n    gainPxPerHandSize: 1768\n",
        write(flowLine));
  }

  @Test
  void dottedKeysAreReplacedInTheirOwnForm() {
    String text = "pointer.absoluteRegion.left: 0.1\ncamera.fps: 30\npointer.absoluteRegion.bottom: 0.9\n"
        + "pointer.gainPxPerHandSize: 800\n";
    assertEquals("pointer.absoluteRegion: " + LINE + "\ncamera.fps: 30\npointer.gainPxPerHandSize: 1768\n",
        write(text));
    String nested = "pointer:\n  absoluteRegion.top: 0.2\n";
    assertEquals("pointer:\n  absoluteRegion: " + LINE + "\n  gainPxPerHandSize: 1768\n", write(nested));
  }

  @Test
  void aFileWithoutPointerSettingsGetsANewBlockAtTheEnd() throws Exception {
    String template = UserSetup.settingsTemplate();
    String out = write(template);
    assertTrue(out.startsWith(template), "the template's lines stay as they were");
    assertEquals("\n# Written by handctl calibrate (run it again at will).\npointer:\n  absoluteRegion: " + LINE
        + "\n  gainPxPerHandSize: 1768\n", out.substring(template.length()));
    assertEquals("# Written by handctl calibrate (run it again at will).\npointer:\n  absoluteRegion: " + LINE
        + "\n  gainPxPerHandSize: 1768\n", write(""));
    assertEquals("camera:\n  fps: 30\n\n# Written by handctl calibrate (run it again at will).\npointer:\n"
        + "  absoluteRegion: " + LINE + "\n  gainPxPerHandSize: 1768\n", write("camera:\n  fps: 30\n\n\n"));
  }

  @Test
  void windowsLineEndsStay() {
    assertEquals("pointer:\r\n  mode: absolute\r\n  absoluteRegion: " + LINE + "\r\n  gainPxPerHandSize: 1768\r\n",
        write("pointer:\r\n  mode: absolute\r\n"));
  }

  @Test
  void withoutAGainOnlyTheRegionChanges() {
    String out = CalibrationWriter.write("c.yaml", "pointer:\n  gainPxPerHandSize: 900\n", R, null);
    assertEquals("pointer:\n  gainPxPerHandSize: 900\n  absoluteRegion: " + LINE + "\n", out);
  }

  @Test
  void flowStyleABrokenFileOrNotAMappingAreRefusedSayingWhy() {
    ConfigException flow = assertThrows(ConfigException.class,
        () -> write("camera:\n  fps: 30\npointer: {mode: absolute}\n"));
    assertTrue(flow.getMessage().startsWith("config.yaml:3: pointer is written in flow style"), flow.getMessage());
    ConfigException broken = assertThrows(ConfigException.class, () -> write("pointer:\n  gainPxPerHandSise: 9\n"));
    assertTrue(broken.getMessage().startsWith("config.yaml has problems as it is; fix them first"), broken.getMessage());
    assertTrue(broken.getMessage().contains("gainPxPerHandSize"), broken.getMessage());
    ConfigException list = assertThrows(ConfigException.class, () -> write("- pointer\n"));
    assertTrue(list.getMessage().startsWith("config.yaml has problems"), list.getMessage());
  }
}
