// attack: thread bomb: threads with small stacks (so RLIMIT_AS does not stop
//   them) started forever, each spinning; failures are ignored and retried
// verdicts: TLE RE SV MLE
#include <pthread.h>
static void* spin(void*) {
  for (volatile unsigned long i = 0;; i = i + 1) {}
  return nullptr;
}
int main() {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  for (;;) {
    pthread_t t;
    pthread_create(&t, &attr, spin, nullptr);
  }
}
