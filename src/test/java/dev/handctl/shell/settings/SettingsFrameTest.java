package dev.handctl.shell.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The Swing window on a real display (skipped when headless): shown values write nothing, moved controls write. */
class SettingsFrameTest {
  private static final class Recorded implements SettingsEdits {
    final List<String> edits = new ArrayList<>();

    @Override
    public void set(String key, Object value) {
      edits.add(key + "=" + value);
    }

    @Override
    public void setStartAtLogin(boolean enabled) {
      edits.add("login=" + enabled);
    }
  }

  @Test
  void showingValuesWritesNothingAndMovingTheSpeedSliderWritesTheGain() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the settings window cannot be made here");
    Recorded recorded = new Recorded();
    SettingsFrame frame = SettingsFrame.open(recorded);
    try {
      frame.update(new SettingsValues(900, true, false, 2.5, 0, true, false, "/tmp/config.yaml", ""));
      SwingUtilities.invokeAndWait(() -> { });
      assertEquals(900, frame.speedSlider().getValue());
      assertTrue(frame.accelerationBox().isSelected());
      assertEquals(List.of(), recorded.edits, "showing the settings in use writes nothing back");

      SwingUtilities.invokeAndWait(() -> frame.speedSlider().setValue(1500));
      assertEquals(List.of("pointer.gainPxPerHandSize=1500"), recorded.edits);
      SwingUtilities.invokeAndWait(() -> frame.accelerationBox().doClick());
      assertEquals("pointer.acceleration.enabled=false", recorded.edits.get(1));

      // a reload with the file's new value moves the slider, again without writing
      frame.update(new SettingsValues(2000, false, false, 2.5, 0, true, false, "/tmp/config.yaml", ""));
      SwingUtilities.invokeAndWait(() -> { });
      assertEquals(2000, frame.speedSlider().getValue());
      assertFalse(frame.accelerationBox().isSelected());
      assertEquals(2, recorded.edits.size());
    } finally {
      frame.dispose();
    }
  }
}
