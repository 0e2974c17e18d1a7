// attack: compiler: template explosion: every instantiation needs two new
//   distinct ones, 2^40 in all (memory and time grow until the compile
//   limits stop it)
// verdicts: CE
// expect-compile: CE
template <int N, unsigned long long K>
struct Blow {
  static constexpr unsigned long long value = Blow<N - 1, 2 * K>::value + Blow<N - 1, 2 * K + 1>::value;
};
template <unsigned long long K>
struct Blow<0, K> {
  static constexpr unsigned long long value = K;
};
int main() { return static_cast<int>(Blow<40, 1>::value); }
