// AoE r11 codec. Offsets below are into the whole Ethernet frame, so they can
// be checked against a packet dump byte by byte.
#include "proto/aoe.h"

#include <cstring>

namespace aoe {

namespace {

// Common header.
constexpr size_t kOffDst = 0;
constexpr size_t kOffSrc = 6;
constexpr size_t kOffType = 12;
constexpr size_t kOffVerFlags = 14;
constexpr size_t kOffError = 15;
constexpr size_t kOffMajor = 16;
constexpr size_t kOffMinor = 18;
constexpr size_t kOffCommand = 19;
constexpr size_t kOffTag = 20;

// ATA argument.
constexpr size_t kOffAFlags = 24;
constexpr size_t kOffErrFeature = 25;
constexpr size_t kOffSectorCount = 26;
constexpr size_t kOffCmdStatus = 27;
constexpr size_t kOffLba = 28;  // 6 bytes little-endian, then 2 reserved

// Query Config argument.
constexpr size_t kOffBufferCount = 24;
constexpr size_t kOffFirmware = 26;
constexpr size_t kOffCfgSectors = 28;
constexpr size_t kOffVerCcmd = 29;
constexpr size_t kOffCfgLen = 30;

// Mac Mask List argument (byte 24 is reserved).
constexpr size_t kOffMcmd = 25;
constexpr size_t kOffMerror = 26;
constexpr size_t kOffDirCount = 27;
constexpr size_t kDirectiveLen = 8;

// Reserve/Release argument.
constexpr size_t kOffRcmd = 24;
constexpr size_t kOffNmacs = 25;

uint16_t get16(std::span<const uint8_t> f, size_t off) {
    return static_cast<uint16_t>(f[off] << 8 | f[off + 1]);
}
uint32_t get32(std::span<const uint8_t> f, size_t off) {
    return uint32_t{f[off]} << 24 | uint32_t{f[off + 1]} << 16 | uint32_t{f[off + 2]} << 8 |
           uint32_t{f[off + 3]};
}
Mac get_mac(std::span<const uint8_t> f, size_t off) {
    Mac m;
    std::memcpy(m.data(), f.data() + off, m.size());
    return m;
}
void put16(uint8_t* p, uint16_t v) {
    p[0] = static_cast<uint8_t>(v >> 8);
    p[1] = static_cast<uint8_t>(v);
}
void put32(uint8_t* p, uint32_t v) {
    p[0] = static_cast<uint8_t>(v >> 24);
    p[1] = static_cast<uint8_t>(v >> 16);
    p[2] = static_cast<uint8_t>(v >> 8);
    p[3] = static_cast<uint8_t>(v);
}

bool is_rw_opcode(uint8_t op) {
    return op == kAtaRead || op == kAtaReadExt || op == kAtaWrite || op == kAtaWriteExt;
}

size_t padded_len(size_t len) { return len < kMinFrameLen ? kMinFrameLen : len; }

// Checks the buffer can take the padded frame and writes the common header.
// Returns the padded length or 0. The caller writes the payload and then
// pads, in that order, so a payload already sitting in `out` (a reply built
// in place) is moved before anything else can overwrite it.
size_t begin_frame(std::span<uint8_t> out, const Header& h, size_t len) {
    const size_t total = padded_len(len);
    if (out.size() < total) return 0;
    uint8_t* p = out.data();
    std::memcpy(p + kOffDst, h.dst.data(), 6);
    std::memcpy(p + kOffSrc, h.src.data(), 6);
    put16(p + kOffType, kEtherType);
    p[kOffVerFlags] = static_cast<uint8_t>((h.version & 0x0F) << 4 | (h.flags & 0x0F));
    p[kOffError] = h.error;
    put16(p + kOffMajor, h.major);
    p[kOffMinor] = h.minor;
    p[kOffCommand] = h.command;
    put32(p + kOffTag, h.tag);
    return total;
}

// Zero-fills from the end of the message to the end of the padded frame.
size_t finish_frame(std::span<uint8_t> out, size_t len, size_t total) {
    if (total > len) std::memset(out.data() + len, 0, total - len);
    return total;
}

ParseError parse_ata(std::span<const uint8_t> f, const Header& h, AtaMessage& m) {
    if (f.size() < kAtaHeaderLen) return ParseError::kAtaTooShort;
    AtaArgs& a = m.args;
    a.aflags = f[kOffAFlags];
    a.err_feature = f[kOffErrFeature];
    a.sector_count = f[kOffSectorCount];
    a.cmd_status = f[kOffCmdStatus];
    a.lba = 0;
    for (size_t i = 0; i < 6; ++i) a.lba |= uint64_t{f[kOffLba + i]} << (8 * i);
    m.data = f.subspan(kAtaHeaderLen);
    if (a.aflags & kAtaFlagReservedMask) return ParseError::kAtaReservedFlags;
    // Only a request says which command it is: in a response byte 27 is the
    // ATA status, so the opcode-based checks below apply to requests alone
    // (see check_ata_response() for the read-response length).
    if (h.is_response()) return ParseError::kOk;
    if (a.write() && m.data.size() < size_t{a.sector_count} * kSectorSize)
        return ParseError::kAtaCountExceedsPayload;
    if (is_rw_opcode(a.cmd_status)) {
        const uint64_t limit = a.lba48() ? (uint64_t{1} << 48) : (uint64_t{1} << 28);
        if (a.address() + a.sector_count > limit) return ParseError::kAtaLbaOverflow;
    }
    return ParseError::kOk;
}

ParseError parse_config(std::span<const uint8_t> f, const Header& h, ConfigMessage& c) {
    if (f.size() < kConfigHeaderLen) return ParseError::kConfigTooShort;
    c.buffer_count = get16(f, kOffBufferCount);
    c.firmware = get16(f, kOffFirmware);
    c.sector_count = f[kOffCfgSectors];
    c.aoe_version = f[kOffVerCcmd] >> 4;
    c.ccmd = f[kOffVerCcmd] & 0x0F;
    // The nibble is "the AoE version the server supports": only a response
    // fills it in. aoecfg and aoeping send 0 in their requests (see the
    // golden frames), so a request is not held to it.
    if (h.is_response() && c.aoe_version != kVersion) return ParseError::kConfigBadVersion;
    if (c.ccmd > kCfgForceSet) return ParseError::kConfigBadCommand;
    // Checked for responses too: the span must not reach past the frame, and
    // no target keeps a string above the limit.
    const size_t len = get16(f, kOffCfgLen);
    if (len > kMaxConfigString) return ParseError::kConfigStringTooLong;
    if (f.size() - kConfigHeaderLen < len) return ParseError::kConfigStringPastFrame;
    c.config = f.subspan(kConfigHeaderLen, len);
    return ParseError::kOk;
}

ParseError parse_mask(std::span<const uint8_t> f, const Header& h, MaskMessage& m) {
    if (f.size() < kMaskHeaderLen) return ParseError::kMaskTooShort;
    m.mcmd = f[kOffMcmd];
    m.merror = f[kOffMerror];
    m.count = f[kOffDirCount];
    if (m.mcmd > kMaskEdit) return ParseError::kMaskBadCommand;
    const size_t len = size_t{m.count} * kDirectiveLen;
    if (f.size() - kMaskHeaderLen < len) return ParseError::kMaskDirectivesPastFrame;
    m.raw = f.subspan(kMaskHeaderLen, len);
    // Only an edit request acts on the dcmds; a response just lists MACs.
    if (!h.is_response() && m.mcmd == kMaskEdit) {
        for (size_t i = 0; i < m.count; ++i)
            if (m.raw[i * kDirectiveLen + 1] > kDirDelete) return ParseError::kMaskBadDirective;
    }
    return ParseError::kOk;
}

ParseError parse_reserve(std::span<const uint8_t> f, ReserveMessage& r) {
    if (f.size() < kReserveHeaderLen) return ParseError::kReserveTooShort;
    r.rcmd = f[kOffRcmd];
    r.nmacs = f[kOffNmacs];
    if (r.rcmd > kResForceSet) return ParseError::kReserveBadCommand;
    const size_t len = size_t{r.nmacs} * 6;
    if (f.size() - kReserveHeaderLen < len) return ParseError::kReserveMacsPastFrame;
    r.raw = f.subspan(kReserveHeaderLen, len);
    return ParseError::kOk;
}

}  // namespace

const char* to_string(ParseError e) {
    switch (e) {
        case ParseError::kOk: return "ok";
        case ParseError::kTooShort: return "frame shorter than the AoE header";
        case ParseError::kNotAoe: return "ethertype is not AoE (0x88A2)";
        case ParseError::kBadVersion: return "unsupported AoE version";
        case ParseError::kReservedFlags: return "reserved header flag bits set";
        case ParseError::kVendorCommand: return "vendor-specific command";
        case ParseError::kUnknownCommand: return "unknown AoE command";
        case ParseError::kAtaTooShort: return "ATA frame shorter than its argument";
        case ParseError::kAtaReservedFlags: return "reserved ATA flag bits set";
        case ParseError::kAtaCountExceedsPayload: return "ATA sector count exceeds the data carried";
        case ParseError::kAtaLbaOverflow: return "ATA LBA range past the addressable end";
        case ParseError::kConfigTooShort: return "config frame shorter than its argument";
        case ParseError::kConfigBadVersion: return "config AoE version is not 1";
        case ParseError::kConfigBadCommand: return "unknown config subcommand";
        case ParseError::kConfigStringTooLong: return "config string longer than 1024 bytes";
        case ParseError::kConfigStringPastFrame: return "config string runs past the frame";
        case ParseError::kMaskTooShort: return "mask list frame shorter than its argument";
        case ParseError::kMaskBadCommand: return "unknown mask list subcommand";
        case ParseError::kMaskDirectivesPastFrame: return "mask directives run past the frame";
        case ParseError::kMaskBadDirective: return "unknown mask directive command";
        case ParseError::kReserveTooShort: return "reserve frame shorter than its argument";
        case ParseError::kReserveBadCommand: return "unknown reserve subcommand";
        case ParseError::kReserveMacsPastFrame: return "reserve MAC list runs past the frame";
    }
    return "unknown parse error";
}

MaskDirective MaskMessage::directive(size_t i) const {
    MaskDirective d;
    if (i >= raw.size() / kDirectiveLen) return d;
    const uint8_t* p = raw.data() + i * kDirectiveLen;
    d.dcmd = p[1];
    std::memcpy(d.mac.data(), p + 2, 6);
    return d;
}

Mac ReserveMessage::mac(size_t i) const {
    Mac m{};
    if (i >= raw.size() / 6) return m;
    std::memcpy(m.data(), raw.data() + i * 6, 6);
    return m;
}

ParseError parse(std::span<const uint8_t> f, Frame& out) {
    out = Frame{};
    if (f.size() < kHeaderLen) return ParseError::kTooShort;
    if (get16(f, kOffType) != kEtherType) return ParseError::kNotAoe;
    Header& h = out.header;
    h.dst = get_mac(f, kOffDst);
    h.src = get_mac(f, kOffSrc);
    h.version = f[kOffVerFlags] >> 4;
    h.flags = f[kOffVerFlags] & 0x0F;
    h.error = f[kOffError];
    h.major = get16(f, kOffMajor);
    h.minor = f[kOffMinor];
    h.command = f[kOffCommand];
    h.tag = get32(f, kOffTag);
    if (h.version != kVersion) return ParseError::kBadVersion;
    if (h.flags & kFlagReservedMask) return ParseError::kReservedFlags;
    switch (h.command) {
        case kCmdAta: return parse_ata(f, h, out.ata);
        case kCmdConfig: return parse_config(f, h, out.config);
        case kCmdMaskList: return parse_mask(f, h, out.mask);
        case kCmdReserve: return parse_reserve(f, out.reserve);
        default: break;
    }
    return h.command >= kCmdVendorFirst ? ParseError::kVendorCommand
                                        : ParseError::kUnknownCommand;
}

ParseError check_ata_response(const Frame& response, const AtaArgs& request) {
    const bool read = request.cmd_status == kAtaRead || request.cmd_status == kAtaReadExt;
    if (!read || request.write() || response.header.is_error()) return ParseError::kOk;
    if (response.ata.args.cmd_status & kAtaStatusFailMask) return ParseError::kOk;
    if (response.ata.data.size() < size_t{request.sector_count} * kSectorSize)
        return ParseError::kAtaCountExceedsPayload;
    return ParseError::kOk;
}

size_t build_ata(std::span<uint8_t> out, Header h, const AtaArgs& a,
                 std::span<const uint8_t> data) {
    h.command = kCmdAta;
    const size_t n = begin_frame(out, h, kAtaHeaderLen + data.size());
    if (n == 0) return 0;
    uint8_t* p = out.data();
    p[kOffAFlags] = a.aflags;
    p[kOffErrFeature] = a.err_feature;
    p[kOffSectorCount] = a.sector_count;
    p[kOffCmdStatus] = a.cmd_status;
    for (size_t i = 0; i < 6; ++i) p[kOffLba + i] = static_cast<uint8_t>(a.lba >> (8 * i));
    p[kOffLba + 6] = 0;
    p[kOffLba + 7] = 0;
    // memmove: a target may build a read reply around data already in `out`.
    if (!data.empty()) std::memmove(p + kAtaHeaderLen, data.data(), data.size());
    return finish_frame(out, kAtaHeaderLen + data.size(), n);
}

size_t build_config(std::span<uint8_t> out, Header h, const ConfigMessage& c) {
    if (c.config.size() > kMaxConfigString) return 0;
    h.command = kCmdConfig;
    const size_t n = begin_frame(out, h, kConfigHeaderLen + c.config.size());
    if (n == 0) return 0;
    uint8_t* p = out.data();
    put16(p + kOffBufferCount, c.buffer_count);
    put16(p + kOffFirmware, c.firmware);
    p[kOffCfgSectors] = c.sector_count;
    p[kOffVerCcmd] = static_cast<uint8_t>((c.aoe_version & 0x0F) << 4 | (c.ccmd & 0x0F));
    put16(p + kOffCfgLen, static_cast<uint16_t>(c.config.size()));
    if (!c.config.empty())
        std::memmove(p + kConfigHeaderLen, c.config.data(), c.config.size());
    return finish_frame(out, kConfigHeaderLen + c.config.size(), n);
}

size_t build_mask(std::span<uint8_t> out, Header h, uint8_t mcmd, uint8_t merror,
                  std::span<const MaskDirective> dirs) {
    if (dirs.size() > 255) return 0;  // the count is one byte
    h.command = kCmdMaskList;
    const size_t n = begin_frame(out, h, kMaskHeaderLen + dirs.size() * kDirectiveLen);
    if (n == 0) return 0;
    uint8_t* p = out.data();
    p[24] = 0;
    p[kOffMcmd] = mcmd;
    p[kOffMerror] = merror;
    p[kOffDirCount] = static_cast<uint8_t>(dirs.size());
    for (size_t i = 0; i < dirs.size(); ++i) {
        uint8_t* d = p + kMaskHeaderLen + i * kDirectiveLen;
        d[0] = 0;
        d[1] = dirs[i].dcmd;
        std::memcpy(d + 2, dirs[i].mac.data(), 6);
    }
    return finish_frame(out, kMaskHeaderLen + dirs.size() * kDirectiveLen, n);
}

size_t build_reserve(std::span<uint8_t> out, Header h, uint8_t rcmd,
                     std::span<const Mac> macs) {
    if (macs.size() > 255) return 0;  // the count is one byte
    h.command = kCmdReserve;
    const size_t n = begin_frame(out, h, kReserveHeaderLen + macs.size() * 6);
    if (n == 0) return 0;
    uint8_t* p = out.data();
    p[kOffRcmd] = rcmd;
    p[kOffNmacs] = static_cast<uint8_t>(macs.size());
    for (size_t i = 0; i < macs.size(); ++i)
        std::memcpy(p + kReserveHeaderLen + i * 6, macs[i].data(), 6);
    return finish_frame(out, kReserveHeaderLen + macs.size() * 6, n);
}

size_t build_error(std::span<uint8_t> out, Header h, uint8_t error,
                   std::span<const uint8_t> echo) {
    h.flags |= kFlagError;
    h.error = error;
    const size_t n = begin_frame(out, h, kHeaderLen + echo.size());
    if (n == 0) return 0;
    if (!echo.empty()) std::memmove(out.data() + kHeaderLen, echo.data(), echo.size());
    return finish_frame(out, kHeaderLen + echo.size(), n);
}

Header reply_to(const Header& request, const Mac& self) {
    Header h;
    h.dst = request.src;
    h.src = self;
    h.version = kVersion;
    h.flags = kFlagResponse;
    h.error = kErrNone;
    h.major = request.major;
    h.minor = request.minor;
    h.command = request.command;
    h.tag = request.tag;
    return h;
}

}  // namespace aoe
