/**
 * Vietnamese messages: the default catalogue and the source of the message keys.
 * Keys are grouped by prefix (`common.`, `status.`, `level.` …, then one prefix per element).
 * Every key added here must also be added to en.ts (the type check enforces it).
 */
import type { Message } from './messages.js';

export const vi = {
  // Generic states every element shares.
  'common.loading': 'Đang tải…',
  'common.error': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'common.retry': 'Thử lại',
  'common.offline': 'Không có kết nối mạng. Vui lòng kiểm tra kết nối rồi thử lại.',
  'common.timeout': 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
  'common.notFound': 'Không tìm thấy dữ liệu.',
  'common.tooManyRequests': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'common.invalidResponse': 'Dữ liệu nhận được không hợp lệ.',
  'common.empty': 'Không có dữ liệu.',
  'common.close': 'Đóng',
  'common.cancel': 'Hủy',
  'common.back': 'Quay lại',
  'common.more': 'Xem thêm',
  'common.less': 'Thu gọn',
  'common.search': 'Tìm kiếm',
  'common.submit': 'Gửi',
  'common.print': 'In',
  'common.copy': 'Sao chép',
  'common.copied': 'Đã sao chép',
  'common.required': 'Bắt buộc',
  'common.optional': 'Không bắt buộc',
  'common.noApiBase': 'Chưa cấu hình địa chỉ API (thuộc tính api-base hoặc <motcua-provider>).',
  'common.results': { other: '{count} kết quả' },
  'common.page': 'Trang {page}/{pages}',
  'common.previous': 'Trang trước',
  'common.next': 'Trang sau',

  // Provider.
  'provider.label': 'Dịch vụ Một cửa',

  // National dossier status codes 1–10 (DOSSIER_STATUS in src/model/dossier.ts).
  'status.1': 'Mới đăng ký',
  'status.2': 'Được tiếp nhận',
  'status.3': 'Không được tiếp nhận',
  'status.4': 'Đang xử lý',
  'status.5': 'Yêu cầu bổ sung giấy tờ',
  'status.6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  'status.7': 'Công dân yêu cầu rút hồ sơ',
  'status.8': 'Dừng xử lý',
  'status.9': 'Đã xử lý xong',
  'status.10': 'Đã trả kết quả',

  // Administrative levels (Level in src/model/procedure.ts).
  'level.ministry': 'Cấp Bộ',
  'level.province': 'Cấp Tỉnh',
  'level.district': 'Cấp Huyện',
  'level.commune': 'Cấp Xã',

  // Submission channels (Channel).
  'channel.in-person': 'Trực tiếp',
  'channel.online': 'Trực tuyến',
  'channel.postal': 'Dịch vụ bưu chính',

  // Online service levels (OnlineLevel); mức độ 2/3/4 is the pre-2022 wording.
  'onlineLevel.full': 'Dịch vụ công trực tuyến toàn trình',
  'onlineLevel.partial': 'Dịch vụ công trực tuyến một phần',
  'onlineLevel.level-2': 'Mức độ 2',
  'onlineLevel.level-3': 'Mức độ 3',
  'onlineLevel.level-4': 'Mức độ 4',

  // Durations (Duration.unit), for amounts the catalogue gives as numbers.
  'duration.working-days': { other: '{count} ngày làm việc' },
  'duration.days': { other: '{count} ngày' },
  'duration.hours': { other: '{count} giờ' },
  'duration.months': { other: '{count} tháng' },
  'fee.free': 'Miễn phí',
  // <motcua-satisfaction-survey>.
  'survey.dossier': 'Hồ sơ {code}',
  'survey.known': 'Đã có thông tin',
  'survey.knownFrom': 'Theo {source}',
  'survey.requiredMark': '(bắt buộc)',
  'survey.errorSummary': 'Phiếu chưa đầy đủ',
  'survey.errorRequired': 'Chọn một mức đánh giá cho: {label}',
  'survey.errorCount': { other: 'Còn {count} mục bắt buộc chưa trả lời' },
  'survey.details': 'Thông tin thêm (không bắt buộc)',
  'survey.comment': 'Ý kiến, góp ý khác',
  'survey.commentHint': 'Không ghi họ tên, số điện thoại hay số giấy tờ tùy thân.',
  'survey.commentLeft': { other: 'Còn {count} ký tự' },
  'survey.commentOver': { other: 'Quá {count} ký tự' },
  'survey.agency': 'Cơ quan giải quyết hồ sơ',
  'survey.agencyNone': '— Không chọn —',
  'survey.official': 'Công chức tiếp nhận, giải quyết',
  'survey.officialNone': '— Không chọn —',
  'survey.officialHint': 'Danh sách theo cơ quan đã chọn.',
  'survey.send': 'Gửi đánh giá',
  'survey.sending': 'Đang gửi…',
  'survey.sentTitle': 'Đã gửi. Cảm ơn Ông/Bà!',
  'survey.sentBody': 'Phiếu đánh giá đã được ghi nhận. Mã phiếu: {id}.',
  'survey.queuedTitle': 'Đã lưu, sẽ gửi khi có mạng',
  'survey.queuedBody': 'Chưa kết nối được tới máy chủ. Phiếu đã được lưu trên thiết bị này và sẽ tự động gửi khi có mạng; Ông/Bà không cần gửi lại.',
  'survey.pending': { other: '{count} phiếu đã lưu đang chờ gửi' },
  'survey.flushed': { other: 'Đã gửi {count} phiếu đã lưu.' },
  'survey.rejected': 'Máy chủ không nhận phiếu này: {message}',
  'survey.rejectedQueued': 'Một phiếu đã lưu không được máy chủ chấp nhận: {message}',
  'survey.newSurvey': 'Đánh giá mới',
  'survey.another': 'Gửi một đánh giá khác',
  'survey.countdown': { other: 'Phiếu mới sẽ mở sau {count} giây.' },
} as const satisfies Record<string, Message>;
