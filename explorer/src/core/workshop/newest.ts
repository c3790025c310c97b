/**
 * For reads made again at each live event: each call hands out a check that stays true only while no later call
 * was made. An answer checked with it is applied only if it is the newest asked for — on a busy server answers
 * come back out of order, and an older one arriving last would otherwise show a state already gone.
 */
export function newestWins(): () => () => boolean {
  let latest = 0;
  return () => {
    latest += 1;
    const mine = latest;
    return () => mine === latest;
  };
}
