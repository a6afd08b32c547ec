/** Vietnamese messages every element shares: generic states, dossier statuses, levels, channels, online levels, durations. */
import type { Message } from '../messages.js';

export const viCore = {
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
} as const satisfies Record<string, Message>;
