// attack: multi-threaded CPU burn: 4 threads (small stacks) each burn 0.4 s
//   of their own CPU time, so no single thread passes the 1 s limit but the
//   total (1.6 s) does; a judge that measures only the main thread, or only
//   wall time, misses it. If no thread can start, the main thread spins
//   alone (TLE anyway).
// verdicts: TLE
#include <pthread.h>
#include <time.h>
#include <cstdio>
static double thread_cpu() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
static void* burn(void*) {
  while (thread_cpu() < 0.4) {}
  return nullptr;
}
int main() {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  pthread_t t[4];
  int started = 0;
  for (auto& th : t)
    if (pthread_create(&th, &attr, burn, nullptr) == 0) ++started;
  if (started == 0)
    for (;;) {}
  for (int i = 0; i < started; ++i) pthread_join(t[i], nullptr);
  std::printf("0\n");
}
