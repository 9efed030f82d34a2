/** The linear map from time to pixels of a chart, and back: shared by both layouts and the brush. */

/** The linear time → pixel map of a domain onto a range (reversed when time runs right to left), and its inverse. */
export function linearTime(domain: readonly [number, number], range: readonly [number, number]) {
  const k = (range[1] - range[0]) / (domain[1] - domain[0]);
  return {
    px: (t: number) => range[0] + (t - domain[0]) * k,
    time: (x: number) => domain[0] + (x - range[0]) / k,
  };
}
