package org.easeback.content;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.easeback.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spine check measures what a brute-force walk along the stroke finds: the spine zone
 * of the shared geometry is the rectangle x 96–104, y 48–224, so the distance of any
 * point to it is easy to compute independently.
 */
class SpineDistanceProperties {

	private static final int SAMPLES = 400;

	@Property(tries = 1000)
	void shouldMeasureTheSameDistanceAsAWalkAlongTheStroke(@ForAll @DoubleRange(min = 30, max = 170) double x1,
			@ForAll @DoubleRange(min = 30, max = 290) double y1, @ForAll @DoubleRange(min = 30, max = 170) double x2,
			@ForAll @DoubleRange(min = 30, max = 290) double y2) {
		MapPoint a = new MapPoint(x1, y1);
		MapPoint b = new MapPoint(x2, y2);
		double walked = Double.MAX_VALUE;
		for (int i = 0; i <= SAMPLES; i++) {
			double t = (double) i / SAMPLES;
			walked = Math.min(walked, toSpine(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())));
		}
		double step = a.distance(b) / SAMPLES;

		double measured = BodyMapGeometry.standard().distanceFromSpine(List.of(a, b));

		assertThat(measured).isLessThanOrEqualTo(walked + 1e-9).isGreaterThanOrEqualTo(walked - step);
	}

	@Property(tries = 300)
	void shouldFindEveryPointOfTheSpineInsideItsShape(@ForAll @DoubleRange(min = 96, max = 104) double x,
			@ForAll @DoubleRange(min = 48, max = 224) double y) {
		assertThat(BodyMapGeometry.standard().shape(Region.SPINE).contains(new MapPoint(x, y))).isTrue();
		assertThat(BodyMapGeometry.standard().onBody(new MapPoint(x, y))).isTrue();
	}

	private static double toSpine(double x, double y) {
		double dx = Math.max(Math.max(96 - x, 0), x - 104);
		double dy = Math.max(Math.max(48 - y, 0), y - 224);
		return Math.hypot(dx, dy);
	}

}
