package dev.handctl.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.util.List;

/** The JSON form of hands, shared by the commands that print them. */
public final class HandJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private HandJson() {}

  /** One image's result: {@code {"image", "width", "height", "hands": [...]}}. */
  public static ObjectNode image(String image, int width, int height, List<DetectedHand> hands) {
    return image(image, width, height, hands, null, null);
  }

  /**
   * One image's result with each hand's gesture ({@code "gesture": {"name", "score"}} or null) and
   * the side of the hand shown ({@code "palm": "towards" | "away" | "sideways"}).
   *
   * @param gestures per hand, in the order of {@code hands}; null to leave the field out
   * @param geometry per hand, in the order of {@code hands}; null to leave {@code palm} out
   */
  public static ObjectNode image(String image, int width, int height, List<DetectedHand> hands,
      List<java.util.Optional<dev.handctl.gesture.GestureMatch>> gestures,
      List<dev.handctl.gesture.HandGeometry> geometry) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("image", image);
    node.put("width", width);
    node.put("height", height);
    ArrayNode array = node.putArray("hands");
    for (int i = 0; i < hands.size(); i++) {
      ObjectNode h = hand(hands.get(i));
      if (gestures != null) {
        java.util.Optional<dev.handctl.gesture.GestureMatch> g = gestures.get(i);
        if (g.isPresent()) {
          h.putObject("gesture").put("name", g.get().name()).put("score", round(g.get().score(), 3));
        } else {
          h.putNull("gesture");
        }
      }
      if (geometry != null) {
        h.put("palm", geometry.get(i).palm().key());
      }
      array.add(h);
    }
    return node;
  }

  /** One hand: score, handedness, presence, box and the 21 keypoints as [x, y, z] in pixels. */
  static ObjectNode hand(DetectedHand hand) {
    HandLandmarks lm = hand.landmarks();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("score", round(hand.detectorScore(), 4));
    node.put("handedness", lm.handedness().label());
    node.put("handednessScore", round(lm.handednessScore(), 4));
    node.put("presence", round(lm.presence(), 4));
    PixelBox box = lm.box();
    node.putArray("box").add(round(box.xMinPx(), 2)).add(round(box.yMinPx(), 2))
        .add(round(box.xMaxPx(), 2)).add(round(box.yMaxPx(), 2));
    node.set("keypoints", keypoints(lm.keypoints()));
    return node;
  }

  public static ArrayNode keypoints(List<PixelKeypoint> keypoints) {
    ArrayNode array = MAPPER.createArrayNode();
    for (PixelKeypoint k : keypoints) {
      array.addArray().add(round(k.xPx(), 2)).add(round(k.yPx(), 2)).add(round(k.zPx(), 2));
    }
    return array;
  }

  public static double round(double value, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }
}
