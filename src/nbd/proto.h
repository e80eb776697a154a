// The NBD wire protocol (fixed newstyle handshake, simple replies): bytes in,
// structs out, and back. No sockets, no clocks. The server (server.h) and the
// kernel bridge (kernel.h) drive it; unit tests drive it with byte arrays.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace aoe::nbd {

// Handshake magics.
inline constexpr uint64_t kNbdMagic = 0x4e42444d41474943ULL;    // "NBDMAGIC"
inline constexpr uint64_t kOptMagic = 0x49484156454F5054ULL;    // "IHAVEOPT"
inline constexpr uint64_t kOptReplyMagic = 0x0003e889045565a9ULL;
// Transmission magics.
inline constexpr uint32_t kRequestMagic = 0x25609513;
inline constexpr uint32_t kSimpleReplyMagic = 0x67446698;

// Handshake flags (server) and client flags.
inline constexpr uint16_t kFlagFixedNewstyle = 1 << 0;
inline constexpr uint16_t kFlagNoZeroes = 1 << 1;
inline constexpr uint32_t kClientFixedNewstyle = 1 << 0;
inline constexpr uint32_t kClientNoZeroes = 1 << 1;

// Options.
enum : uint32_t {
    kOptExportName = 1,
    kOptAbort = 2,
    kOptList = 3,
    kOptStartTls = 5,
    kOptInfo = 6,
    kOptGo = 7,
    kOptStructuredReply = 8,
};

// Option reply types; errors have bit 31 set.
enum : uint32_t {
    kRepAck = 1,
    kRepServer = 2,
    kRepInfo = 3,
    kRepErrUnsup = 0x80000001,
    kRepErrPolicy = 0x80000002,
    kRepErrInvalid = 0x80000003,
    kRepErrUnknown = 0x80000006,
    kRepErrTooBig = 0x80000009,
};

// NBD_INFO types inside NBD_REP_INFO.
enum : uint16_t { kInfoExport = 0, kInfoName = 1, kInfoDescription = 2, kInfoBlockSize = 3 };

// Transmission flags.
enum : uint16_t {
    kTxHasFlags = 1 << 0,
    kTxReadOnly = 1 << 1,
    kTxSendFlush = 1 << 2,
    kTxSendFua = 1 << 3,
    kTxSendTrim = 1 << 5,
    kTxCanMultiConn = 1 << 8,
};

// Commands and command flags.
enum : uint16_t { kCmdRead = 0, kCmdWrite = 1, kCmdDisc = 2, kCmdFlush = 3, kCmdTrim = 4 };
inline constexpr uint16_t kCmdFlagFua = 1 << 0;

// Error values in replies (the spec fixes these numbers, whatever errno says).
enum : uint32_t {
    kErrNone = 0,
    kEPERM = 1,
    kEIO = 5,
    kENOMEM = 12,
    kEINVAL = 22,
    kENOSPC = 28,
    kEOVERFLOW = 75,
    kESHUTDOWN = 108,
};

// Sizes on the wire.
inline constexpr size_t kGreetingSize = 18;      // NBDMAGIC, IHAVEOPT, 16-bit flags
inline constexpr size_t kOptionHeaderSize = 16;  // IHAVEOPT, option, length
inline constexpr size_t kRequestSize = 28;
inline constexpr size_t kReplySize = 16;
// Longest option payload we accept; names are at most 4096 bytes by the spec.
inline constexpr uint32_t kMaxOptionLength = 8192;
// Largest read or write payload we accept (and advertise as maximum block size).
inline constexpr uint32_t kMaxPayload = 32 * 1024 * 1024;

// What the server offers: one export.
struct Export {
    std::string name;          // clients may also ask for "" (the default export)
    std::string description;
    uint64_t size = 0;
    uint32_t min_block = 1;    // advertised in NBD_INFO_BLOCK_SIZE
    uint32_t pref_block = 4096;
    bool read_only = false;
    bool can_flush = true;
    bool multi_conn = true;    // consistent across connections (one backing store)
};

uint16_t transmission_flags(const Export& e);

// ---- handshake ---------------------------------------------------------

void put_greeting(std::vector<uint8_t>& out);

struct OptionHeader {
    uint64_t magic = 0;
    uint32_t option = 0;
    uint32_t length = 0;
};
OptionHeader parse_option_header(std::span<const uint8_t, kOptionHeaderSize> in);

// What the connection should do after answering one option.
enum class Next { kContinue, kTransmission, kClose };

struct OptionOutcome {
    std::vector<uint8_t> reply;  // bytes to send (may be empty)
    Next next = Next::kContinue;
};

// Answers one option from the client. `no_zeroes` is whether the client set
// NBD_FLAG_C_NO_ZEROES (it shortens the EXPORT_NAME reply).
OptionOutcome handle_option(const Export& e, uint32_t option, std::span<const uint8_t> data,
                            bool no_zeroes);

// Option reply framing (exposed for tests).
void put_option_reply(std::vector<uint8_t>& out, uint32_t option, uint32_t type,
                      std::span<const uint8_t> data);

// ---- transmission ------------------------------------------------------

struct Request {
    uint32_t magic = 0;
    uint16_t flags = 0;
    uint16_t type = 0;
    uint64_t handle = 0;  // opaque; echoed as the 8 bytes received
    uint64_t offset = 0;
    uint32_t length = 0;
};
Request parse_request(std::span<const uint8_t, kRequestSize> in);
void put_request(uint8_t out[kRequestSize], const Request& r);  // for tests and clients

struct Reply {
    uint32_t magic = 0;
    uint32_t error = 0;
    uint64_t handle = 0;
};
void put_reply(uint8_t out[kReplySize], uint32_t error, uint64_t handle);
Reply parse_reply(std::span<const uint8_t, kReplySize> in);

// The verdict on one request before anything reaches the backing store.
enum class Verdict {
    kServe,         // valid: do it
    kError,         // reply `error`, no data; for a write, the payload is read and dropped first
    kErrorClose,    // reply `error`, then close (the payload cannot be skipped safely)
    kClose,         // bad magic: framing is lost, close without a reply
    kDisconnect,    // NBD_CMD_DISC: finish what is in flight, then close
};
struct Check {
    Verdict verdict = Verdict::kServe;
    uint32_t error = kErrNone;
};
Check check_request(const Export& e, const Request& r);

// Payload bytes that follow the request header on the wire (writes only).
inline uint32_t request_payload(const Request& r) { return r.type == kCmdWrite ? r.length : 0; }

const char* command_name(uint16_t type);

}  // namespace aoe::nbd
