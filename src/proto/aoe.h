// The AoE revision 11 wire format: parse frames into plain structs and build
// them back. No I/O, no clocks, no allocation: parsed messages point into the
// caller's buffer (spans), builders write into a caller's buffer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace aoe {

using Mac = std::array<uint8_t, 6>;
inline constexpr Mac kBroadcastMac = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

inline constexpr uint16_t kEtherType = 0x88A2;
inline constexpr uint8_t kVersion = 1;
inline constexpr size_t kEthHeaderLen = 14;
inline constexpr size_t kHeaderLen = 24;           // Ethernet + AoE common header
inline constexpr size_t kAtaHeaderLen = kHeaderLen + 12;      // 36
inline constexpr size_t kConfigHeaderLen = kHeaderLen + 8;    // 32
inline constexpr size_t kMaskHeaderLen = kHeaderLen + 4;      // 28
inline constexpr size_t kReserveHeaderLen = kHeaderLen + 2;   // 26
inline constexpr size_t kMinFrameLen = 60;  // Ethernet minimum without FCS
inline constexpr size_t kSectorSize = 512;
inline constexpr size_t kMaxConfigString = 1024;
inline constexpr uint16_t kBroadcastMajor = 0xffff;
inline constexpr uint8_t kBroadcastMinor = 0xff;

// Common header flags (low nibble of byte 0).
inline constexpr uint8_t kFlagResponse = 0x08;
inline constexpr uint8_t kFlagError = 0x04;
inline constexpr uint8_t kFlagReservedMask = 0x03;

enum Command : uint8_t {
    kCmdAta = 0,
    kCmdConfig = 1,
    kCmdMaskList = 2,
    kCmdReserve = 3,
};
inline constexpr uint8_t kCmdVendorFirst = 0xF0;

// Error field of the common header (valid when kFlagError is set).
enum Error : uint8_t {
    kErrNone = 0,
    kErrUnrecognizedCommand = 1,
    kErrBadArgument = 2,
    kErrDeviceUnavailable = 3,
    kErrConfigStringPresent = 4,
    kErrUnsupportedVersion = 5,
    kErrTargetReserved = 6,
};

// ATA argument flags.
inline constexpr uint8_t kAtaFlagLba48 = 0x40;    // E
inline constexpr uint8_t kAtaFlagDevHead = 0x10;  // D
inline constexpr uint8_t kAtaFlagAsync = 0x02;    // A
inline constexpr uint8_t kAtaFlagWrite = 0x01;    // W
inline constexpr uint8_t kAtaFlagReservedMask = 0xAC;

// ATA command opcodes a target meets in practice.
enum AtaCommand : uint8_t {
    kAtaRead = 0x20,
    kAtaReadExt = 0x24,
    kAtaWrite = 0x30,
    kAtaWriteExt = 0x34,
    kAtaSmart = 0xB0,
    kAtaCheckPower = 0xE5,
    kAtaFlushCache = 0xE7,
    kAtaFlushCacheExt = 0xEA,
    kAtaIdentify = 0xEC,
};

// ATA status and error register bits.
inline constexpr uint8_t kAtaStatusErr = 0x01;
inline constexpr uint8_t kAtaStatusDrq = 0x08;
inline constexpr uint8_t kAtaStatusDf = 0x20;
inline constexpr uint8_t kAtaStatusDrdy = 0x40;
inline constexpr uint8_t kAtaStatusBsy = 0x80;
inline constexpr uint8_t kAtaStatusFailMask = 0xA9;  // what initiators treat as failure
inline constexpr uint8_t kAtaErrAbrt = 0x04;

// Query Config subcommands (low nibble of the version/ccmd byte).
enum ConfigCommand : uint8_t {
    kCfgRead = 0,
    kCfgTestExact = 1,
    kCfgTestPrefix = 2,
    kCfgSetIfEmpty = 3,
    kCfgForceSet = 4,
};

enum MaskCommand : uint8_t { kMaskRead = 0, kMaskEdit = 1 };
enum MaskError : uint8_t {
    kMaskErrNone = 0,
    kMaskErrUnspecified = 1,
    kMaskErrBadDirective = 2,
    kMaskErrListFull = 3,
};
enum MaskDirectiveCommand : uint8_t { kDirNone = 0, kDirAdd = 1, kDirDelete = 2 };

enum ReserveCommand : uint8_t { kResRead = 0, kResSet = 1, kResForceSet = 2 };

// Why a frame did not parse. Every value has a message in to_string().
enum class ParseError : uint8_t {
    kOk = 0,
    kTooShort,              // shorter than the common header
    kNotAoe,                // ethertype is not 0x88A2
    kBadVersion,            // version nibble is not 1 (header is still filled in)
    kReservedFlags,         // low two bits of the flags nibble set
    kVendorCommand,         // command 0xF0..0xFF (header is filled in)
    kUnknownCommand,        // command 4..0xEF (header is filled in)
    kAtaTooShort,           // shorter than the ATA argument
    kAtaReservedFlags,      // reserved bits in the ATA aflags byte
    kAtaCountExceedsPayload,// write request / read response carries fewer than count*512 bytes
    kAtaLbaOverflow,        // lba + count beyond 2^28 (LBA28) or 2^48 (LBA48)
    kConfigTooShort,        // shorter than the config argument
    kConfigBadVersion,      // AoE version in the high nibble of byte 5 is not 1 (responses only:
                            // aoetools' requests carry 0 there)
    kConfigBadCommand,      // ccmd above 4
    kConfigStringTooLong,   // config string length above 1024
    kConfigStringPastFrame, // config string length runs past the end of the frame
    kMaskTooShort,
    kMaskBadCommand,        // mcmd above 1
    kMaskDirectivesPastFrame,
    kMaskBadDirective,      // dcmd above 2 in an edit request
    kReserveTooShort,
    kReserveBadCommand,     // rcmd above 2
    kReserveMacsPastFrame,
};
const char* to_string(ParseError e);

struct Header {
    Mac dst{};
    Mac src{};
    uint8_t version = kVersion;
    uint8_t flags = 0;  // kFlagResponse | kFlagError
    uint8_t error = 0;
    uint16_t major = 0;
    uint8_t minor = 0;
    uint8_t command = 0;
    uint32_t tag = 0;

    bool is_response() const { return flags & kFlagResponse; }
    bool is_error() const { return flags & kFlagError; }
    bool is_broadcast_address() const {
        return major == kBroadcastMajor || minor == kBroadcastMinor;
    }
};

struct AtaArgs {
    uint8_t aflags = 0;
    uint8_t err_feature = 0;
    uint8_t sector_count = 0;
    uint8_t cmd_status = 0;
    uint64_t lba = 0;  // 48 bits as on the wire (LBA28: low 28 bits used, see lba28())

    bool lba48() const { return aflags & kAtaFlagLba48; }
    bool write() const { return aflags & kAtaFlagWrite; }
    // The sector address the command names: all 48 bits with E, else the low 28.
    uint64_t address() const { return lba48() ? lba & 0xFFFFFFFFFFFFull : lba & 0x0FFFFFFFull; }
};

struct AtaMessage {
    AtaArgs args;
    std::span<const uint8_t> data;  // every byte after the argument (may hold padding)
};

struct ConfigMessage {
    uint16_t buffer_count = 0;
    uint16_t firmware = 0;
    uint8_t sector_count = 0;  // max sectors per ATA command
    uint8_t aoe_version = kVersion;
    uint8_t ccmd = kCfgRead;
    std::span<const uint8_t> config;  // exactly the string (length from the frame)
};

struct MaskDirective {
    uint8_t dcmd = kDirNone;
    Mac mac{};
};

struct MaskMessage {
    uint8_t mcmd = kMaskRead;
    uint8_t merror = kMaskErrNone;
    uint8_t count = 0;
    std::span<const uint8_t> raw;  // count * 8 bytes of directives
    MaskDirective directive(size_t i) const;
};

struct ReserveMessage {
    uint8_t rcmd = kResRead;
    uint8_t nmacs = 0;
    std::span<const uint8_t> raw;  // nmacs * 6 bytes
    Mac mac(size_t i) const;
};

// A parsed frame. Which message is valid follows header.command.
struct Frame {
    Header header;
    AtaMessage ata;
    ConfigMessage config;
    MaskMessage mask;
    ReserveMessage reserve;
};

// Parses a whole Ethernet frame (starting at the destination MAC). Never reads
// outside `frame`. On kBadVersion, kVendorCommand and kUnknownCommand the header
// is filled in so a target can answer with the right AoE error. (In fact the
// header is filled in for every result after kTooShort and kNotAoe; `out` is
// reset first, so nothing from an earlier frame survives.)
// ATA checks that need the opcode (kAtaCountExceedsPayload, kAtaLbaOverflow)
// apply to requests only: in a response byte 27 holds the ATA status, not the
// command, so whether a response is a read reply is known only to the sender
// of the request; see check_ata_response().
ParseError parse(std::span<const uint8_t> frame, Frame& out);

// For an initiator: kAtaCountExceedsPayload when `response` answers the READ
// or READ EXT `request` successfully (no AoE error flag, no failing ATA
// status bit) yet carries fewer than request.sector_count * 512 data bytes;
// kOk otherwise (also for any request that is not a read).
ParseError check_ata_response(const Frame& response, const AtaArgs& request);

// Builders write a whole Ethernet frame into `out` and return its length,
// padded with zeros to kMinFrameLen. They return 0 when `out` is too small.
// The header's command field is set by each builder.
size_t build_ata(std::span<uint8_t> out, Header h, const AtaArgs& a,
                 std::span<const uint8_t> data);
size_t build_config(std::span<uint8_t> out, Header h, const ConfigMessage& c);
size_t build_mask(std::span<uint8_t> out, Header h, uint8_t mcmd, uint8_t merror,
                  std::span<const MaskDirective> dirs);
size_t build_reserve(std::span<uint8_t> out, Header h, uint8_t rcmd,
                     std::span<const Mac> macs);
// A bare header with the error flag and code set (for unknown commands etc.):
// the reply echoes the request's argument bytes when `echo` is given.
size_t build_error(std::span<uint8_t> out, Header h, uint8_t error,
                   std::span<const uint8_t> echo = {});

// The reply header for a request: addresses swapped (src = self), response
// flag set, tag echoed, version 1.
Header reply_to(const Header& request, const Mac& self);

// Frame layout helpers for sizing buffers.
// Max whole sectors an ATA command can carry in one frame at this MTU.
inline constexpr unsigned sectors_for_mtu(unsigned mtu) {
    // The Linux driver subtracts the Ethernet header too (36 bytes); doing the
    // same keeps our numbers equal to its: 2 at MTU 1500, 17 at MTU 9000.
    return mtu > kAtaHeaderLen ? (mtu - kAtaHeaderLen) / kSectorSize : 0;
}

}  // namespace aoe
