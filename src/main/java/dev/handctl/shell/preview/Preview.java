package dev.handctl.shell.preview;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.TrackedHand;
import java.util.List;

/**
 * The preview as the daemon sees it: the window ({@link PreviewWindow}) or, where no window can be
 * made, {@link #none()}, so the daemon needs no null checks.
 */
public interface Preview {
  /** Returns whether there is a window to show; false for {@link #none()}. */
  boolean canShow();

  /**
   * Shows or hides the preview.
   *
   * @param show whether to show it
   */
  void setVisible(boolean show);

  /** Returns whether the preview is shown. */
  boolean visible();

  /**
   * Offers a frame; cheap when the preview is hidden.
   *
   * @param picture the camera picture, or null (a recorded landmark stream has none)
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @param hands the hands, with their keypoints in frame pixels
   * @param status the text to show above the picture
   */
  void show(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> hands, String status);

  /**
   * Shows the daemon's state in the title ({@code handctl preview: paused}) and, when frames stop
   * with it (paused, ended, waiting, an error), as the only status: no frame rate or gesture of
   * before stays on screen. Any thread.
   *
   * @param words the state, such as {@code paused} or {@code running (dry run)}
   * @param framesStop whether no frames follow to show it with (anything but running)
   */
  void showState(String words, boolean framesStop);

  /** Closes the preview for good. */
  void dispose();

  /** Returns a preview that is never shown. */
  static Preview none() {
    return new Preview() {
      @Override
      public boolean canShow() {
        return false;
      }

      @Override
      public void setVisible(boolean show) {}

      @Override
      public boolean visible() {
        return false;
      }

      @Override
      public void show(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> hands, String status) {}

      @Override
      public void showState(String words, boolean framesStop) {}

      @Override
      public void dispose() {}
    };
  }
}
