// Made by scripts/national-sample.mjs from ../shared/national; do not edit, run the script again.
// The current national API's records (019d2bf7-4fc4-7716-bab8-167242b3fcda.json, 019d2bf7-57ba-70d3-8771-4bbb754b4b31.json, 019d2bf7-5f61-72e9-acd7-30da53e18cc9.json, 019d2bf7-673f-774d-b510-c7f30a19d5b9.json), as the portal returned them.
export const NATIONAL_RECORDS: Record<string, unknown>[] = [
 {
  "id": "019d2bf7-4fc4-7716-bab8-167242b3fcda",
  "code": "1.000253",
  "codeNotation": "1.000253",
  "executionSteps": [
   {
    "name": "",
    "description": "Bước 1: Người khai báo tạm trú tiếp nhận thông tin tạm trú của người nước ngoài.\nBước 2: Khai, nộp Phiếu khai báo tạm trú cho trực ban Công an xã, phường, thị trấn hoặc đồn, trạm Công an (sau đây gọi chung là Công an cấp xã) nơi có cơ sở lưu trú (Phiếu khai báo tạm trú có thể gửi trước qua fax hoặc thông báo thông tin qua điện thoại đến Trực ban Công an cấp xã).\nCán bộ trực ban Công an cấp xã tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ:\nNếu nội dung Phiếu khai báo tạm trú cho người nước ngoài ghi đầy đủ thì tiếp nhận, thực hiện xác nhận theo quy định;\nNếu nội dung Phiếu khai báo tạm trú cho người nước ngoài chưa ghi đầy đủ thì yêu cầu người khai báo tạm trú sửa đổi, bổ sung.\nBước 3: Người khai báo tạm trú nhận lại Phiếu khai báo tạm trú đã có xác nhận của Công an cấp xã."
   }
  ],
  "executionMethods": [
   {
    "submissionMethod": "DIRECT",
    "processingTime": 7,
    "processingTimeUnit": "DAY",
    "description": "Nộp trực tiếp tại trụ sở Công an cấp xã",
    "fees": []
   }
  ],
  "description": "Thực hiện khai báo ngay khi người nước ngoài đến đăng ký tạm trú.",
  "name": "Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú",
  "decisionNo": "",
  "executionCases": [
   {
    "name": "",
    "profileComponents": [
     {
      "profileComponentId": "019d2bb8-716a-743f-bd74-d7ff123f5342",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Thông tin khai báo tạm trú bao gồm các thông tin sau đây của người nước ngoài: Họ tên, giới tính, ngày, tháng, năm sinh, quốc tịch, số hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế, thời hạn chứng nhận tạm trú hoặc gia hạn tạm trú hoặc thẻ tạm trú do cơ quan có thẩm quyền cấp và thời gian dự kiến tạm trú tại cơ sở lưu trú.",
      "code": "000.00.00.G01-KQ0427",
      "attachments": []
     }
    ]
   },
   {
    "name": "Trường hợp thực hiện trực tiếp",
    "profileComponents": [
     {
      "profileComponentId": "019f8336-88e2-768c-95b6-3870429755d1",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": true,
      "isProcessingResult": false,
      "name": "Phiếu khai báo tạm trú (mẫu NA17) ban hành kèm theo Thông tư số 04/2015/TT-BCA ngày 05/01/2015 của Bộ trưởng Bộ Công an quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam, được sửa đổi, bổ sung một số điều bởi Thông tư số 57/2020/TT-BCA ngày 10/6/2020, Thông tư số 22/2023/TT-BCA ngày 30/6/2023 và Thông tư số 70/2026/TT-BCA ngày 25/5/2026.",
      "code": "000.00.00.G01-KQ0427.",
      "attachments": []
     }
    ]
   }
  ],
  "formalityTargetType": [],
  "formalityType": "ASSIGNED_REGULATION",
  "state": "UPDATED",
  "isInternal": false,
  "type": "STANDARD",
  "isWard": true,
  "isProvince": false,
  "isMinistry": false,
  "isOtherAgency": false,
  "isUndetermined": false,
  "isVertical": true,
  "isFullProcess": false,
  "isSharedService": false,
  "note": "",
  "keywords": "",
  "categoryIds": [
   "019d2bbb-69ee-7079-a6b0-c819e290d773"
  ],
  "serviceGroupIds": [],
  "legalBasisIds": [
   "019d2bb3-5d84-71c5-b674-b1d4ccab82e5",
   "019d2bb3-5d86-7760-a645-08dd5ede9baf",
   "019d2bb3-5d7b-7049-8fc5-c06a3fdafaa4",
   "019f8338-0d35-7527-82d2-3938f3b87e81"
  ],
  "resultIds": [
   "019dce04-7681-70cb-bb5f-a9be7ee8f5fd"
  ],
  "subjectTypeIds": [
   "019b698a-6087-75ab-84ce-69f9a05c4feb",
   "019b698b-07d7-7768-b827-9fcf3b2cbfec",
   "019b698d-d28c-74c8-8844-9ec8823d06ca",
   "019b698e-91f0-7769-93ad-b9a2b156f5f7"
  ],
  "departmentExecutingIds": [
   "019d2be3-6a90-761e-acd7-26762619bf92"
  ],
  "departmentAuthorityIds": [
   "019d2be3-6a90-761e-acd7-26762619bf92"
  ],
  "departmentAuthorizedIds": [],
  "departmentCoordinatingIds": [],
  "categoriesDetails": [
   {
    "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
    "name": "Quản lý xuất nhập cảnh",
    "code": "G01-CA11"
   }
  ],
  "category": {
   "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
   "name": "Quản lý xuất nhập cảnh",
   "code": "G01-CA11"
  },
  "departmentDetails": [],
  "departmentsExecuting": [
   {
    "id": "019d2be3-6a90-761e-acd7-26762619bf92",
    "name": "Công an cấp Xã",
    "code": "BCA_CAX"
   }
  ],
  "departmentsAuthority": [
   {
    "id": "019d2be3-6a90-761e-acd7-26762619bf92",
    "name": "Công an cấp Xã",
    "code": "BCA_CAX"
   }
  ],
  "departmentsAuthorized": [],
  "departmentsCoordinating": [],
  "unitGroupExecutingIds": [],
  "unitGroupAuthorityIds": [],
  "unitGroupAuthorizedIds": [],
  "unitGroupCoordinatingIds": [],
  "unitGroupsExecuting": [],
  "unitGroupsAuthority": [],
  "unitGroupsAuthorized": [],
  "unitGroupsCoordinating": [],
  "serviceGroupsDetails": [],
  "legalBasisesDetails": [
   {
    "id": "019d2bb3-5d86-7760-a645-08dd5ede9baf",
    "name": "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam sửa đổi 2023",
    "code": "23/2023/QH15"
   },
   {
    "id": "019d2bb3-5d84-71c5-b674-b1d4ccab82e5",
    "name": "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "Luật 47/2014/QH13"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc5-c06a3fdafaa4",
    "name": "Quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "04/2015/TT-BCA"
   },
   {
    "id": "019f8338-0d35-7527-82d2-3938f3b87e81",
    "name": "Thông tư của Bộ trưởng Bộ Công an quy định cách thức thực hiện khai báo, tiếp nhận thông tin tạm trú của người nước ngoài tại Việt Nam.",
    "code": "87/2026/TT-BCA "
   }
  ],
  "resultsDetails": [
   {
    "id": "019dce04-7681-70cb-bb5f-a9be7ee8f5fd",
    "name": "Phiếu khai báo tạm trú được cơ quan Công an xác nhận và các thông tin khai báo tạm trú đã được tiếp nhận ghi vào sổ trực ban của Công an cấp xã.",
    "code": "KQ.G01.00263"
   }
  ],
  "subjectTypesDetails": [
   {
    "id": "019b698a-6087-75ab-84ce-69f9a05c4feb",
    "name": "Công dân Việt Nam",
    "code": "ĐT1"
   },
   {
    "id": "019b698b-07d7-7768-b827-9fcf3b2cbfec",
    "name": "Doanh nghiệp",
    "code": "ĐT2"
   },
   {
    "id": "019b698d-d28c-74c8-8844-9ec8823d06ca",
    "name": "Người nước ngoài",
    "code": "ĐT4"
   },
   {
    "id": "019b698e-91f0-7769-93ad-b9a2b156f5f7",
    "name": "Tổ chức (không bao gồm doanh nghiệp, HTX)",
    "code": "ĐT9"
   }
  ],
  "departmentPromulgateId": "019d2be3-6a72-700f-a652-ac5169305ab5",
  "departmentPromulgateCode": "G01",
  "departmentPromulgateName": "Bộ Công an",
  "cases": [
   {
    "id": "019d2c28-6572-70c5-871f-937a154a965b",
    "name": "Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú",
    "code": "1.000253.01",
    "processingDay": {
     "qty": 24,
     "type": "OTHER"
    },
    "profileComponents": []
   }
  ],
  "fees": [],
  "createdAt": 1774559121347,
  "updatedAt": 1784612976172,
  "profileComponents": [],
  "targetObjects": [],
  "executingAgencies": "Công an cấp Xã",
  "authorizedAgencies": "",
  "dossierReceivingAddresses": "Công an Xã",
  "delegatedAgencies": "Công an cấp Xã",
  "coordinatingAgencies": "",
  "requirementsAndConditions": "Thực hiện khai báo ngay khi người nước ngoài đến đăng ký tạm trú.",
  "procedureRelatedGroup": [],
  "procedureProposal": {
   "id": "019f8332-5205-70a7-9ed1-7a2ea63425db",
   "proposalNumber": "4435/QĐ-BCA",
   "decisionDate": 1783616400000,
   "decisionNumber": null,
   "publicationDate": 1784612976140,
   "issuingAgency": {
    "id": "019d2be3-6a72-700f-a652-ac5169305ab5",
    "name": "Bộ Công an"
   },
   "proposalType": "STANDARD"
  },
  "isOfflineOnly": false,
  "isNonTerritorial": false,
  "returningMethods": [
   {
    "type": "OFFLINE",
    "value": [
     "AT_SUBMISSION_PLACE",
     "ONLINE"
    ]
   }
  ]
 },
 {
  "id": "019d2bf7-57ba-70d3-8771-4bbb754b4b31",
  "code": "1.000771",
  "codeNotation": "1.000771",
  "executionSteps": [
   {
    "name": "",
    "description": "Bước 1: Chuẩn bị hồ sơ theo quy định của pháp luật.\nBước 2: Nộp hồ sơ vào giờ hành chính các ngày làm việc trong tuần tại một trong hai trụ sở của Cục Quản lý xuất nhập cảnh - Bộ Công an:\n+ Số 44-46 đường Trần Phú, quận Ba Đình, thành phố Hà Nội.\n+ Số 333-335-337 đường Nguyễn Trãi, Quận 1, Thành phố Hồ Chí Minh.\nHoặc nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và gửi bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo của Cục Quản lý xuất nhập cảnh trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an (nếu có).\n* Cán bộ tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ: \n+ Nếu hồ sơ đầy đủ, hợp lệ thì tiếp nhận hồ sơ, in và cấp giấy hẹn trả kết quả cho người nộp hồ sơ; yêu cầu nộp phí cho cán bộ thu phí, cán bộ thu phí thu tiền, giao biên lai thu tiền cho người đề nghị gia hạn tạm trú hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an để người đề nghị gia hạn tạm trú thanh toán trực tuyến và nhận biên lai điện tử.\n+ Nếu hồ sơ thiếu hoặc không hợp lệ thì cán bộ tiếp nhận hồ sơ hướng dẫn hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an để người nộp hồ sơ hoàn chỉnh.\n + Trường hợp hồ sơ không đủ điều kiện thì không tiếp nhận hồ sơ, trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.\n* Trường hợp nộp hồ sơ trực tuyến, người đề nghị gia hạn tạm trú có thể đề nghị nhận kết quả qua dịch vụ bưu chính và phải trả phí dịch vụ chuyển phát.\n* Thời gian tiếp nhận hồ sơ: Từ thứ 2 đến sáng thứ 7 hàng tuần (trừ ngày Tết, ngày lễ).\nBước 3: Trả kết quả:\n+ Người đến nhận kết quả trực tiếp nhận kết quả tại Cục Quản lý xuất nhập cảnh; khi đến nhận kết quả mang theo giấy hẹn trả kết quả, giấy tờ tùy thân để kiểm tra, đối chiếu. Trường hợp đề nghị nhận kết quả qua dịch vụ bưu chính thực hiện theo hướng dẫn của cơ quan cung cấp dịch vụ bưu chính.\n+ Trường hợp không đồng ý gia hạn tạm trú thì trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.\n+ Thời gian trả kết quả: Từ thứ 2 đến thứ 6 hàng tuần (trừ ngày Tết, ngày lễ)."
   }
  ],
  "executionMethods": [
   {
    "submissionMethod": "ONLINE",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cục Quản lý xuất nhập cảnh nhận đủ hồ sơ hợp lệ và phí đề nghị. Đối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu người đề nghị không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "/lần",
      "currencyName": "USD"
     }
    ]
   },
   {
    "submissionMethod": "POSTAL",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cục Quản lý xuất nhập cảnh nhận đủ hồ sơ hợp lệ và phí đề nghị. Đối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu người đề nghị không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "/lần",
      "currencyName": "USD"
     }
    ]
   },
   {
    "submissionMethod": "DIRECT",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cục Quản lý xuất nhập cảnh nhận đủ hồ sơ hợp lệ và phí đề nghị. Đối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu người đề nghị không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "/lần",
      "currencyName": "USD"
     }
    ]
   }
  ],
  "description": "+ Có hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị ít nhất 01 năm.\n+ Người nhập cảnh bằng giấy miễn thị thực được cơ quan, tổ chức, cá nhân tại Việt Nam bảo lãnh và có lý do chính đáng.\n+ Không thuộc các trường hợp chưa cho nhập cảnh và tạm hoãn xuất cảnh theo quy định tại Điều 21 và Điều 28 của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam.",
  "name": "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Cục Quản lý xuất nhập cảnh Bộ Công an",
  "decisionNo": "",
  "executionCases": [
   {
    "name": "",
    "profileComponents": [
     {
      "profileComponentId": "019d2bb8-7167-703c-b036-49cd51109a04",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế hoặc giấy tờ cho phép thường trú do cơ quan có thẩm quyền của nước ngoài cấp cho người Việt Nam định cư ở nước ngoài.",
      "code": "000.00.00.G01-KQ002259",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7167-703c-b036-5be7ea2d992c",
      "originalQty": 0,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Trường hợp nộp hồ sơ trực tuyến thì hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế hoặc giấy tờ cho phép thường trú do cơ quan có thẩm quyền của nước ngoài cấp cho người Việt Nam định cư ở nước ngoài phải gửi qua dịch vụ bưu chính công ích về cơ quan tiếp nhận; thành phần hồ sơ khác phải được chứng thực điện tử theo quy định, trường hợp chưa được chứng thực điện tử thì gửi hồ sơ về cơ quan tiếp nhận thông qua dịch vụ bưu chính công ích.",
      "code": "000.00.00.G01-KQ002263",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84da-e6987ba3dc7e",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Tờ khai đề nghị cấp thị thực, gia hạn tạm trú (mẫu NA5) ban hành kèm theo Thông tư số 22/2023/TT-BCA ngày 30/6/2023 của Bộ Công an.",
      "code": "000.00.00.G01-KQ002617",
      "attachments": [
       {
        "id": "019dce42-025a-703f-8536-7ec5ac3e2ecc",
        "fileName": "NA5.doc",
        "bucketName": "dvc",
        "filePath": "configuring/019dce42-025a-703f-8536-7ec5ac3e2ecc/NA5.doc"
       }
      ]
     },
     {
      "profileComponentId": "019d2bb8-7167-703c-b036-56c11755beed",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Giấy miễn thị thực.",
      "code": "000.00.00.G01-KQ002262",
      "attachments": []
     }
    ]
   }
  ],
  "formalityTargetType": [],
  "formalityType": "ASSIGNED_REGULATION",
  "state": "UPDATED",
  "isInternal": false,
  "type": "STANDARD",
  "isWard": false,
  "isProvince": false,
  "isMinistry": true,
  "isOtherAgency": false,
  "isUndetermined": false,
  "isVertical": true,
  "isFullProcess": false,
  "isSharedService": false,
  "note": "",
  "keywords": "",
  "categoryIds": [
   "019d2bbb-69ee-7079-a6b0-c819e290d773"
  ],
  "serviceGroupIds": [],
  "legalBasisIds": [
   "019d2bb3-5d7b-7049-8fc5-c06a3fdafaa4",
   "019d2bb3-5d7b-7049-8fc6-695a4235465b",
   "019d2bb3-5d7b-7049-8fc6-bf397506ad71",
   "019d2bb3-5d7d-7398-be4b-fbb10e115bac",
   "019d2bb3-5d7f-719e-b471-b6210d3fdb11",
   "019d2bb3-5d86-7760-a645-08dd5ede9baf",
   "019d2bb3-5d87-7195-a442-70603a9d0597",
   "019f17d3-85a4-76ae-b8f8-f0abaf877424",
   "019ff54a-a8f3-7479-8dc1-7e9daf1a91d9"
  ],
  "resultIds": [
   "019d2bb2-1c37-76e8-b48c-8cb09ee3a1bb"
  ],
  "subjectTypeIds": [
   "019b698a-6087-75ab-84ce-69f9a05c4feb",
   "019b698d-d28c-74c8-8844-9ec8823d06ca",
   "019b6992-adb1-70f9-bb02-c25b6fecc660",
   "019b6992-ebe9-706f-a8c8-b8938c4cb534"
  ],
  "departmentExecutingIds": [
   "019d2be3-6a80-747a-9d05-79c4703b2341"
  ],
  "departmentAuthorityIds": [
   "019d2be3-6a80-747a-9d05-79c4703b2341"
  ],
  "departmentAuthorizedIds": [],
  "departmentCoordinatingIds": [],
  "categoriesDetails": [
   {
    "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
    "name": "Quản lý xuất nhập cảnh",
    "code": "G01-CA11"
   }
  ],
  "category": {
   "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
   "name": "Quản lý xuất nhập cảnh",
   "code": "G01-CA11"
  },
  "departmentDetails": [],
  "departmentsExecuting": [
   {
    "id": "019d2be3-6a80-747a-9d05-79c4703b2341",
    "name": "Cục quản lý xuất nhập cảnh",
    "code": "G01s.108.000"
   }
  ],
  "departmentsAuthority": [
   {
    "id": "019d2be3-6a80-747a-9d05-79c4703b2341",
    "name": "Cục quản lý xuất nhập cảnh",
    "code": "G01s.108.000"
   }
  ],
  "departmentsAuthorized": [],
  "departmentsCoordinating": [],
  "unitGroupExecutingIds": [],
  "unitGroupAuthorityIds": [],
  "unitGroupAuthorizedIds": [],
  "unitGroupCoordinatingIds": [],
  "unitGroupsExecuting": [],
  "unitGroupsAuthority": [],
  "unitGroupsAuthorized": [],
  "unitGroupsCoordinating": [],
  "serviceGroupsDetails": [],
  "legalBasisesDetails": [
   {
    "id": "019d2bb3-5d7b-7049-8fc6-bf397506ad71",
    "name": "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "47/2014/QH13"
   },
   {
    "id": "019d2bb3-5d87-7195-a442-70603a9d0597",
    "name": "Luật 51/2019/QH14",
    "code": "51/2019/QH14"
   },
   {
    "id": "019f17d3-85a4-76ae-b8f8-f0abaf877424",
    "name": "Thông tư số 28/2026/TT-BTC ngày 27/3/2026  của Bộ Tài chính quy định mức thu, chế độ thu, nộp phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam",
    "code": "28/2026/TT-BTC "
   },
   {
    "id": "019d2bb3-5d86-7760-a645-08dd5ede9baf",
    "name": "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam sửa đổi 2023",
    "code": "23/2023/QH15"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc6-695a4235465b",
    "name": "Thông tư số 22/2023/TT-BCA",
    "code": "22/2023/TT-BCA"
   },
   {
    "id": "019d2bb3-5d7d-7398-be4b-fbb10e115bac",
    "name": "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM",
    "code": "25/2021/TT-BTC"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc5-c06a3fdafaa4",
    "name": "Quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "04/2015/TT-BCA"
   },
   {
    "id": "019d2bb3-5d7f-719e-b471-b6210d3fdb11",
    "name": "Nghị định 82/2015/NĐ-CP",
    "code": "82/2015/NĐ-CP"
   },
   {
    "id": "019ff54a-a8f3-7479-8dc1-7e9daf1a91d9",
    "name": "Thông tư số 70/2026/TT-BCA ngày 25/05/2026 của Bộ Công an Sửa đổi, bổ sung một số điều của Thông tư số 04/2015/TT-BCA ngày 05 tháng 01 năm 2015 của Bộ trưởng Bộ Công an quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam (được sửa đổi, bổ sung một số điều tại Thông tư số 57/2020/TT-BCA ngày 10 tháng 6 năm 2020 và Thông tư số 22/2023/TT-BCA ngày 30 tháng 6 năm 2023) và Thông tư số 31/2015/TT-BCA ngày 06 tháng 7 năm 2015 của Bộ trưởng Bộ Công an hướng dẫn một số nội dung về cấp thị thực, cấp thẻ tạm trú, cấp giấy phép xuất nhập cảnh, giải quyết thường trú cho người nước ngoài tại Việt Nam (được sửa đổi, bổ sung một số điều tại Thông tư số 65/2022/TT-BCA ngày 30 tháng 12 năm 2022 và Thông tư số 06/2025/TT-BCA ngày 16  tháng 01 năm 2025).",
    "code": "Thông tư số 70/2026/TT-BCA"
   }
  ],
  "resultsDetails": [
   {
    "id": "019d2bb2-1c37-76e8-b48c-8cb09ee3a1bb",
    "name": "Gia hạn tạm trú (không quá 06 tháng)",
    "code": "KQ.G01.000074"
   }
  ],
  "subjectTypesDetails": [
   {
    "id": "019b698a-6087-75ab-84ce-69f9a05c4feb",
    "name": "Công dân Việt Nam",
    "code": "ĐT1"
   },
   {
    "id": "019b698d-d28c-74c8-8844-9ec8823d06ca",
    "name": "Người nước ngoài",
    "code": "ĐT4"
   },
   {
    "id": "019b6992-ebe9-706f-a8c8-b8938c4cb534",
    "name": "Cán bộ, công chức, viên chức",
    "code": "DT13"
   },
   {
    "id": "019b6992-adb1-70f9-bb02-c25b6fecc660",
    "name": "Người Việt Nam định cư ở nước ngoài",
    "code": "DT12"
   }
  ],
  "departmentPromulgateId": "019d2be3-6a72-700f-a652-ac5169305ab5",
  "departmentPromulgateCode": "G01",
  "departmentPromulgateName": "Bộ Công an",
  "cases": [
   {
    "id": "019ff58d-5a39-77f3-bc84-d3bd24961da5",
    "name": "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Cục Quản lý xuất nhập cảnh Bộ Công an",
    "code": "1.000771.01",
    "processingDay": {
     "qty": 5,
     "type": "WORKING_DAY"
    },
    "profileComponents": []
   },
   {
    "id": "019df0d7-8e54-7093-8241-e7d581f5d76c",
    "name": "Gia hạn tạm trú cho người đã được cấp Giấy miễn thị thực thực hiện tại Cục",
    "code": "1.000771.01",
    "processingDay": {
     "qty": 5,
     "type": "WORKING_DAY"
    },
    "profileComponents": []
   }
  ],
  "fees": [],
  "createdAt": 1774559123386,
  "updatedAt": 1786531107452,
  "profileComponents": [],
  "targetObjects": [],
  "executingAgencies": "Cục quản lý xuất nhập cảnh",
  "authorizedAgencies": "",
  "dossierReceivingAddresses": "",
  "delegatedAgencies": "Cục quản lý xuất nhập cảnh",
  "coordinatingAgencies": "",
  "requirementsAndConditions": "+ Có hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị ít nhất 01 năm.\n+ Người nhập cảnh bằng giấy miễn thị thực được cơ quan, tổ chức, cá nhân tại Việt Nam bảo lãnh và có lý do chính đáng.\n+ Không thuộc các trường hợp chưa cho nhập cảnh và tạm hoãn xuất cảnh theo quy định tại Điều 21 và Điều 28 của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam.",
  "procedureRelatedGroup": [],
  "procedureProposal": {
   "id": "019ff536-ec1e-741b-84c7-dbfef84cb759",
   "proposalNumber": "4946/QĐ-BCA-QLXNC",
   "decisionDate": 1785862800000,
   "decisionNumber": null,
   "publicationDate": 1786531107282,
   "issuingAgency": {
    "id": "019d2be3-6a72-700f-a652-ac5169305ab5",
    "name": "Bộ Công an"
   },
   "proposalType": "STANDARD"
  },
  "isOfflineOnly": false,
  "isNonTerritorial": false,
  "returningMethods": [
   {
    "type": "ONLINE",
    "value": [
     "AT_HOME",
     "AT_SUBMISSION_PLACE",
     "ONLINE"
    ]
   },
   {
    "type": "OFFLINE",
    "value": [
     "AT_HOME",
     "AT_SUBMISSION_PLACE",
     "ONLINE"
    ]
   }
  ]
 },
 {
  "id": "019d2bf7-5f61-72e9-acd7-30da53e18cc9",
  "code": "1.001146",
  "codeNotation": "1.001146",
  "executionSteps": [
   {
    "name": "",
    "description": "Bước 1: Chuẩn bị hồ sơ theo quy định của pháp luật\nBước 2: Nộp hồ sơ vào giờ hành chính các ngày làm việc trong tuần tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh hoặc nộp hồ sơ qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và gửi bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo của Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh trên Cổng dịch vụ công trực tuyến (nếu có)\n* Cán bộ tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ:\n+ Nếu hồ sơ đầy đủ, hợp lệ thì tiếp nhận hồ sơ, in và cấp giấy hẹn trả kết quả cho người nộp hồ sơ; yêu cầu nộp phí cho cán bộ thu phí, cán bộ thu phí giao biên lai thu tiền cho người đề nghị gia hạn tạm trú hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an đề người đề nghị gia hạn tạm trú thanh toán trực tuyến và nhận biên lai điện tử\n+ Nếu hồ sơ thiếu hoặc không hợp lệ thì cán bộ tiếp nhận hồ sơ hướng dẫn hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an để người nộp hồ sơ hoàn chỉnh\n+ Trường hợp hồ sơ không đủ điều kiện thì không tiếp nhận hồ sơ, trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do\n* Trường hợp nộp hồ sơ trực tuyến, người đề nghị gia hạn tạm trú có thể đề nghị nhận kết quả qua dịch vụ bưu chính và phải trả phí dịch vụ chuyển phát\n* Thời gian tiếp nhận hồ sơ: Từ thứ 2 đến sáng thứ 7 hàng tuần (trừ ngày Tết, ngày lễ)\nBước 3: Nhận kết quả:\n+ Người đề nghị gia hạn tạm trú trực tiếp nhận kết quả tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh; khi đến nhận kết quả mang theo giấy hẹn trả kết quả, giấy tờ tùy thân, biên lai thu tiền để đối chiếu. Trường hợp đề nghị nhận kết quả qua dịch vụ bưu chính thực hiện theo hướng dẫn của cơ quan cung cấp dịch vụ bưu chính\n+ Trường hợp không đồng ý gia hạn tạm trú thì trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do\n+ Thời gian trả kết quả: Từ thứ 2 đến sáng thứ 7 hàng tuần (trừ ngày Tết, ngày lễ)"
   }
  ],
  "executionMethods": [
   {
    "submissionMethod": "ONLINE",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nhận được hồ sơ đầy đủ, hợp lệ và phí đề nghị. \nĐối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu cơ quan, tổ chức, cá nhân bảo lãnh không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "",
      "currencyName": "USD"
     }
    ]
   },
   {
    "submissionMethod": "POSTAL",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nhận được hồ sơ đầy đủ, hợp lệ và phí đề nghị. \nĐối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu cơ quan, tổ chức, cá nhân bảo lãnh không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "",
      "currencyName": "USD"
     }
    ]
   },
   {
    "submissionMethod": "DIRECT",
    "processingTime": 5,
    "processingTimeUnit": "WORKING_DAY",
    "description": "không quá 05 ngày làm việc kể từ ngày Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nhận được hồ sơ đầy đủ, hợp lệ và phí đề nghị. \nĐối với hồ sơ qua thẩm định chưa đủ điều kiện giải quyết, sau 15 ngày kể từ khi thông báo, nếu cơ quan, tổ chức, cá nhân bảo lãnh không hoàn thành việc hoàn thiện hồ sơ thì hồ sơ sẽ bị đóng trên Hệ thống thông tin giải quyết thủ tục hành chính.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 10,
      "currencyId": "019b3fb2-dee2-76ab-aa53-22d4d903a2bb",
      "attachment": null,
      "description": "",
      "currencyName": "USD"
     }
    ]
   }
  ],
  "description": "+ Cơ quan, tổ chức đề nghị cấp, bổ sung, sửa đổi thị thực, gia hạn tạm trú cho người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài đã có hồ sơ theo quy định tại khoản 2 Điều 16 Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam tại Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố trực thuộc Trung ương. \n+ Người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài có hộ chiếu hợp lệ, có thị thực (trừ trường hợp miễn thị thực), chứng nhận tạm trú do cơ quan có thẩm quyền Việt Nam cấp, đang cư trú tại Việt Nam và không thuộc diện \"chưa cho nhập cảnh Việt Nam\" hoặc không thuộc diện “tạm hoãn xuất cảnh”. \n+ Công dân Việt Nam đề nghị cấp, bổ sung, sửa đổi thị thực, gia hạn tạm trú cho người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài phải là người có quan hệ ông, bà, cha, mẹ, vợ, chồng, con, anh, chị, em ruột với người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài (xuất trình giấy tờ chứng minh quan hệ).",
  "name": "Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)",
  "decisionNo": "",
  "executionCases": [
   {
    "name": "",
    "profileComponents": [
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-6e67c9af68c0",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Tờ khai đề nghị cấp thị thực, gia hạn tạm trú (mẫu NA5) ban hành kèm theo Thông tư số 22/2023/TT-BCA ngày 30/6/2023 của Bộ Công an.",
      "code": "000.00.00.G01-KQ002651",
      "attachments": [
       {
        "id": "019dcf8c-dd06-772d-9779-009d78c70df9",
        "fileName": "NA5.doc",
        "bucketName": "dvc",
        "filePath": "configuring/019dcf8c-dd06-772d-9779-009d78c70df9/NA5.doc"
       }
      ]
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-74b69eab115a",
      "originalQty": 0,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Trường hợp nộp hồ sơ trực tuyến thì hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế của người nước ngoài phải gửi qua dịch vụ bưu chính công ích về cơ quan tiếp nhận; thành phần hồ sơ khác  phải được chứng thực điện tử theo quy định, trường hợp chưa được chứng thực điện tử thì gửi hồ sơ về cơ quan tiếp nhận thông qua dịch vụ bưu chính công ích.",
      "code": "000.00.00.G01-KQ002653",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-736b5df4f0db",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế của người nước ngoài.",
      "code": "000.00.00.G01-KQ002652",
      "attachments": []
     }
    ]
   }
  ],
  "formalityTargetType": [],
  "formalityType": "ASSIGNED_REGULATION",
  "state": "UPDATED",
  "isInternal": false,
  "type": "STANDARD",
  "isWard": false,
  "isProvince": true,
  "isMinistry": false,
  "isOtherAgency": false,
  "isUndetermined": false,
  "isVertical": true,
  "isFullProcess": false,
  "isSharedService": false,
  "note": "",
  "keywords": "",
  "categoryIds": [
   "019d2bbb-69ee-7079-a6b0-c819e290d773"
  ],
  "serviceGroupIds": [],
  "legalBasisIds": [
   "019d2bb3-5d7b-7049-8fc6-695a4235465b",
   "019d2bb3-5d7b-7049-8fc6-bf397506ad71",
   "019d2bb3-5d7b-7049-8fc6-fd30df554f1c",
   "019d2bb3-5d7e-72d1-afe9-653aac8276ee",
   "019d2bb3-5d86-7760-a645-08dd5ede9baf",
   "019da523-7834-71ed-9461-2ac0a510544b",
   "019e6244-62fd-7749-82da-b11cb7f9b577",
   "019f17d3-85a4-76ae-b8f8-f0abaf877424",
   "019ff54a-a8f3-7479-8dc1-7e9daf1a91d9"
  ],
  "resultIds": [
   "019d2bb2-1c37-76e8-b48c-9ac92eba5c39"
  ],
  "subjectTypeIds": [
   "019b698d-d28c-74c8-8844-9ec8823d06ca",
   "019b6990-6a92-7166-a335-f87bf9f53428"
  ],
  "departmentExecutingIds": [
   "019d2be3-6adc-74f3-b278-c84560304127"
  ],
  "departmentAuthorityIds": [],
  "departmentAuthorizedIds": [],
  "departmentCoordinatingIds": [],
  "categoriesDetails": [
   {
    "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
    "name": "Quản lý xuất nhập cảnh",
    "code": "G01-CA11"
   }
  ],
  "category": {
   "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
   "name": "Quản lý xuất nhập cảnh",
   "code": "G01-CA11"
  },
  "departmentDetails": [],
  "departmentsExecuting": [
   {
    "id": "019d2be3-6adc-74f3-b278-c84560304127",
    "name": "Phòng xuất nhập cảnh",
    "code": "NHPT-PXNC"
   }
  ],
  "departmentsAuthority": [],
  "departmentsAuthorized": [],
  "departmentsCoordinating": [],
  "unitGroupExecutingIds": [],
  "unitGroupAuthorityIds": [],
  "unitGroupAuthorizedIds": [],
  "unitGroupCoordinatingIds": [],
  "unitGroupsExecuting": [],
  "unitGroupsAuthority": [],
  "unitGroupsAuthorized": [],
  "unitGroupsCoordinating": [],
  "serviceGroupsDetails": [],
  "legalBasisesDetails": [
   {
    "id": "019d2bb3-5d7b-7049-8fc6-bf397506ad71",
    "name": "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "47/2014/QH13"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc6-fd30df554f1c",
    "name": "Quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "Thông tư 04/2015/TT-BCA"
   },
   {
    "id": "019f17d3-85a4-76ae-b8f8-f0abaf877424",
    "name": "Thông tư số 28/2026/TT-BTC ngày 27/3/2026  của Bộ Tài chính quy định mức thu, chế độ thu, nộp phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam",
    "code": "28/2026/TT-BTC "
   },
   {
    "id": "019d2bb3-5d86-7760-a645-08dd5ede9baf",
    "name": "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam sửa đổi 2023",
    "code": "23/2023/QH15"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc6-695a4235465b",
    "name": "Thông tư số 22/2023/TT-BCA",
    "code": "22/2023/TT-BCA"
   },
   {
    "id": "019e6244-62fd-7749-82da-b11cb7f9b577",
    "name": "Nghị quyết 66.7/2025/NQ-CP ",
    "code": "66.7/2025/NQ-CP "
   },
   {
    "id": "019d2bb3-5d7e-72d1-afe9-653aac8276ee",
    "name": "Nghị định số 118/2025/NĐ-CP của Chính phủ: Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "code": "118/2025/NĐ-CP"
   },
   {
    "id": "019ff54a-a8f3-7479-8dc1-7e9daf1a91d9",
    "name": "Thông tư số 70/2026/TT-BCA ngày 25/05/2026 của Bộ Công an Sửa đổi, bổ sung một số điều của Thông tư số 04/2015/TT-BCA ngày 05 tháng 01 năm 2015 của Bộ trưởng Bộ Công an quy định mẫu giấy tờ liên quan đến việc nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam (được sửa đổi, bổ sung một số điều tại Thông tư số 57/2020/TT-BCA ngày 10 tháng 6 năm 2020 và Thông tư số 22/2023/TT-BCA ngày 30 tháng 6 năm 2023) và Thông tư số 31/2015/TT-BCA ngày 06 tháng 7 năm 2015 của Bộ trưởng Bộ Công an hướng dẫn một số nội dung về cấp thị thực, cấp thẻ tạm trú, cấp giấy phép xuất nhập cảnh, giải quyết thường trú cho người nước ngoài tại Việt Nam (được sửa đổi, bổ sung một số điều tại Thông tư số 65/2022/TT-BCA ngày 30 tháng 12 năm 2022 và Thông tư số 06/2025/TT-BCA ngày 16  tháng 01 năm 2025).",
    "code": "Thông tư số 70/2026/TT-BCA"
   },
   {
    "id": "019da523-7834-71ed-9461-2ac0a510544b",
    "name": "sửa đổi, bổ\nsung một số điều của Nghị định 118/2025/NĐ-CP thực hiện thủ tục hành chính\ntheo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ\ncông quốc gia",
    "code": "367/2025/NĐ-CP"
   }
  ],
  "resultsDetails": [
   {
    "id": "019d2bb2-1c37-76e8-b48c-9ac92eba5c39",
    "name": "Gia hạn chứng nhận tạm trú",
    "code": "KQ.G01.000077"
   }
  ],
  "subjectTypesDetails": [
   {
    "id": "019b698d-d28c-74c8-8844-9ec8823d06ca",
    "name": "Người nước ngoài",
    "code": "ĐT4"
   },
   {
    "id": "019b6990-6a92-7166-a335-f87bf9f53428",
    "name": "Tổ chức nước ngoài",
    "code": "ĐT7"
   }
  ],
  "departmentPromulgateId": "019d2be3-6a72-700f-a652-ac5169305ab5",
  "departmentPromulgateCode": "G01",
  "departmentPromulgateName": "Bộ Công an",
  "cases": [
   {
    "id": "019f1b64-8a3c-70aa-8965-2e7b04397295",
    "name": "Gia hạn tạm trú cho người nước ngoài tại Việt Nam thực hiện tại Công an cấp tỉnh",
    "code": "1.001146.01",
    "processingDay": {
     "qty": 5,
     "type": "WORKING_DAY"
    },
    "profileComponents": []
   },
   {
    "id": "019ff58d-5ab1-704d-b7d9-5e76320af70f",
    "name": "Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)",
    "code": "1.001146.01",
    "processingDay": {
     "qty": 5,
     "type": "WORKING_DAY"
    },
    "profileComponents": []
   },
   {
    "id": "019de6d1-0cf4-705a-87a7-1352cd33d010",
    "name": "Gia hạn tạm trú cho người nước ngoài tại Việt Nam thực hiện tại Công an cấp tỉnh",
    "code": "1.001146.01",
    "processingDay": {
     "qty": 5,
     "type": "WORKING_DAY"
    },
    "profileComponents": []
   }
  ],
  "fees": [],
  "createdAt": 1774559125345,
  "updatedAt": 1786531107468,
  "profileComponents": [],
  "targetObjects": [],
  "executingAgencies": "Phòng xuất nhập cảnh",
  "authorizedAgencies": "",
  "dossierReceivingAddresses": "Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố trực thuộc Trung ương.",
  "delegatedAgencies": "",
  "coordinatingAgencies": "",
  "requirementsAndConditions": "+ Cơ quan, tổ chức đề nghị cấp, bổ sung, sửa đổi thị thực, gia hạn tạm trú cho người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài đã có hồ sơ theo quy định tại khoản 2 Điều 16 Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam tại Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố trực thuộc Trung ương. \n+ Người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài có hộ chiếu hợp lệ, có thị thực (trừ trường hợp miễn thị thực), chứng nhận tạm trú do cơ quan có thẩm quyền Việt Nam cấp, đang cư trú tại Việt Nam và không thuộc diện \"chưa cho nhập cảnh Việt Nam\" hoặc không thuộc diện “tạm hoãn xuất cảnh”. \n+ Công dân Việt Nam đề nghị cấp, bổ sung, sửa đổi thị thực, gia hạn tạm trú cho người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài phải là người có quan hệ ông, bà, cha, mẹ, vợ, chồng, con, anh, chị, em ruột với người nước ngoài, người Việt Nam mang hộ chiếu nước ngoài (xuất trình giấy tờ chứng minh quan hệ).",
  "procedureRelatedGroup": [],
  "procedureProposal": {
   "id": "019ff536-ec1e-741b-84c7-dbfef84cb759",
   "proposalNumber": "4946/QĐ-BCA-QLXNC",
   "decisionDate": 1785862800000,
   "decisionNumber": null,
   "publicationDate": 1786531107282,
   "issuingAgency": {
    "id": "019d2be3-6a72-700f-a652-ac5169305ab5",
    "name": "Bộ Công an"
   },
   "proposalType": "STANDARD"
  },
  "isOfflineOnly": false,
  "isNonTerritorial": false,
  "returningMethods": [
   {
    "type": "OFFLINE",
    "value": [
     "AT_HOME",
     "AT_SUBMISSION_PLACE",
     "ONLINE"
    ]
   },
   {
    "type": "ONLINE",
    "value": [
     "AT_HOME",
     "AT_SUBMISSION_PLACE",
     "ONLINE"
    ]
   }
  ]
 },
 {
  "id": "019d2bf7-673f-774d-b510-c7f30a19d5b9",
  "code": "1.002359",
  "codeNotation": "1.002359",
  "executionSteps": [
   {
    "name": "",
    "description": "Bước 1: Chuẩn bị hồ sơ theo quy định của pháp luật (được nêu cụ thể tại mục 4.3. Thành phần, số lượng hồ sơ). \nBước 2: Nộp hồ sơ trực tiếp vào giờ hành chính các ngày làm việc trong tuần tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh hoặc nộp hồ sơ qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và gửi bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo của Cơ quan Quản lý xuất nhập cảnh trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an (nếu có).\n* Cán bộ tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ: \n+ Trường hợp hồ sơ đã đầy đủ, hợp lệ thì cấp giấy hẹn trả kết quả cho người đề nghị cấp giấy phép xuất nhập cảnh; yêu cầu nộp phí cho cán bộ thu phí, cán bộ thu phí thu tiền, giao biên lai thu tiền cho người đề nghị cấp lại giấy phép xuất nhập cảnh hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an để người đề nghị cấp giấy phép xuất nhập cảnh thanh toán trực tuyến và nhận biên lai điện tử.\n+ Trường hợp hồ sơ thiếu hoặc không hợp lệ thì cán bộ tiếp nhận hồ sơ hướng dẫn hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an để người đề nghị cấp giấy phép xuất nhập cảnh hoàn chỉnh hồ sơ.\n+ Trường hợp hồ sơ không đủ điều kiện thì không tiếp nhận hồ sơ, trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.\n* Trường hợp nộp hồ sơ trực tuyến, người đề nghị cấp lại cấp giấy phép xuất nhập cảnh có thể đề nghị nhận kết quả qua dịch vụ bưu chính và phải trả phí dịch vụ chuyển phát.\n* Thời gian tiếp nhận hồ sơ: Từ thứ 2 đến sáng thứ 7 hàng tuần (trừ ngày Tết, ngày lễ). \nBước 3: Trả kết quả:\n+ Người đến nhận kết quả trực tiếp nhận kết quả tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh. Khi đến nhận kết quả mang theo giấy hẹn trả kết quả, giấy tờ tùy thân để kiểm tra, đối chiếu. Trường hợp đề nghị nhận kết quả qua dịch vụ bưu chính thực hiện theo hướng dẫn của cơ quan cung cấp dịch vụ bưu chính.\n+ Trường hợp không đồng ý cấp giấy lại phép xuất nhập cảnh thì trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.\n+ Thời gian trả kết quả: Từ thứ 2 đến thứ 6 hàng tuần (trừ ngày Tết, ngày lễ).\n"
   }
  ],
  "executionMethods": [
   {
    "submissionMethod": "ONLINE",
    "processingTime": 3,
    "processingTimeUnit": "WORKING_DAY",
    "description": "nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an.\nTrong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương xem xét và chuyển hồ sơ đề nghị cấp, cấp lại giấy phép xuất nhập cảnh về Cục Quản lý xuất nhập cảnh. Cục Quản lý xuất nhập cảnh xem xét cấp, cấp lại giấy phép xuất nhập cảnh trong thời hạn 02 ngày làm việc.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 200000,
      "currencyId": "019b3fb2-b5b8-70ac-85e2-9409ec1eaffa",
      "attachment": null,
      "description": "200.000 VNĐ/giấy phép",
      "currencyName": "Việt Nam Đồng"
     }
    ]
   },
   {
    "submissionMethod": "POSTAL",
    "processingTime": 3,
    "processingTimeUnit": "WORKING_DAY",
    "description": "nộp bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo của Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an (nếu có).\nTrong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương xem xét và chuyển hồ sơ đề nghị cấp, cấp lại giấy phép xuất nhập cảnh về Cục Quản lý xuất nhập cảnh. Cục Quản lý xuất nhập cảnh xem xét cấp, cấp lại giấy phép xuất nhập cảnh trong thời hạn 02 ngày làm việc.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 200000,
      "currencyId": "019b3fb2-b5b8-70ac-85e2-9409ec1eaffa",
      "attachment": null,
      "description": "200.000 VNĐ/giấy phép",
      "currencyName": "Việt Nam Đồng"
     }
    ]
   },
   {
    "submissionMethod": "DIRECT",
    "processingTime": 3,
    "processingTimeUnit": "WORKING_DAY",
    "description": "nộp hồ sơ trực tiếp tại trụ sở Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh.\nTrong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc trung ương xem xét và chuyển hồ sơ đề nghị cấp, cấp lại giấy phép xuất nhập cảnh về Cục Quản lý xuất nhập cảnh. Cục Quản lý xuất nhập cảnh xem xét cấp, cấp lại giấy phép xuất nhập cảnh trong thời hạn 02 ngày làm việc.",
    "fees": [
     {
      "type": "SERVICE_FEE",
      "value": 200000,
      "currencyId": "019b3fb2-b5b8-70ac-85e2-9409ec1eaffa",
      "attachment": null,
      "description": "200.000 VNĐ/giấy phép",
      "currencyName": "Việt Nam Đồng"
     }
    ]
   }
  ],
  "description": "+ Có thẻ thường trú do cơ quan quản lý xuất nhập cảnh của Việt Nam cấp, trường hợp chưa được giải quyết thẻ thường trú thì phải có đơn giải trình về thời gian đã tạm trú tại Việt Nam, KHÔNG CẦN xác nhận của công an xã, phường, thị trấn nơi người không quốc tịch tạm trú.\n+ Không có hộ chiếu hoặc giấy tờ thay thế hộ chiếu do cơ quan có thẩm quyền của nước ngoài cấp.\n+ Không thuộc một trong các trường hợp bị tạm hoãn xuất cảnh theo quy định của pháp luật Việt Nam.",
  "name": "Cấp lại giấy phép xuất nhập cảnh cho người không quốc tịch cư trú tại Việt Nam",
  "decisionNo": "",
  "executionCases": [
   {
    "name": "",
    "profileComponents": [
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-c83a398f4068",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Đơn báo mất đối với trường hợp đề nghị cấp lại giấy phép xuất nhập cảnh do bị mất (không cần xác nhận của cơ quan có thẩm quyền nơi bị mất).",
      "code": "000.00.00.G01-KQ002674",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-c4b787ec790e",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Giấy phép xuất nhập cảnh đã được cấp đối với trường hợp đề nghị cấp lại do giấy phép xuất nhập cảnh bị hư hỏng.",
      "code": "000.00.00.G01-KQ002673",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-c147835c5ecc",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Đơn giải trình về thời gian đã tạm trú tại Việt Nam.",
      "code": "000.00.00.G01-KQ002672",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-babded35143d",
      "originalQty": 1,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Tờ khai đề nghị cấp, cấp lại giấy phép xuất nhập cảnh (mẫu NC14) ban hành kèm theo Thông tư số 31/2015/TT-BCA ngày 06/7/2015 của Bộ Công an.",
      "code": "000.00.00.G01-KQ002670",
      "attachments": [
       {
        "id": "019dcf68-7544-7689-a06b-4cfc0a4b002f",
        "fileName": "NC14 (1).doc",
        "bucketName": "dvc",
        "filePath": "configuring/019dcf68-7544-7689-a06b-4cfc0a4b002f/NC14 (1).doc"
       }
      ]
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-ccbf00dfb883",
      "originalQty": 0,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "Trường hợp nộp hồ sơ trực tuyến thì giấy phép xuất nhập cảnh đã được cấp (đối với trường hợp đề nghị cấp lại do giấy phép xuất nhập cảnh bị hư hỏng) phải gửi qua dịch vụ bưu chính công ích về cơ quan tiếp nhận; thành phần hồ sơ khác phải được chứng thực điện tử theo quy định, trường hợp chưa được chứng thực điện tử thì gửi hồ sơ về cơ quan tiếp nhận thông qua dịch vụ bưu chính công ích.",
      "code": "000.00.00.G01-KQ002675",
      "attachments": []
     },
     {
      "profileComponentId": "019d2bb8-7168-7766-84db-bfa71675b671",
      "originalQty": 2,
      "copyQty": 0,
      "required": false,
      "hasElectronicForm": false,
      "isProcessingResult": false,
      "name": "02 ảnh mới chụp, cỡ 4cm x 6cm, phông nền trắng, mặt nhìn thẳng, đầu để trần, không đeo kính màu (01 ảnh dán vào tờ khai, 01 ảnh để rời).",
      "code": "000.00.00.G01-KQ002671",
      "attachments": []
     }
    ]
   }
  ],
  "formalityTargetType": [],
  "formalityType": "ASSIGNED_REGULATION",
  "state": "UPDATED",
  "isInternal": false,
  "type": "STANDARD",
  "isWard": false,
  "isProvince": true,
  "isMinistry": false,
  "isOtherAgency": false,
  "isUndetermined": false,
  "isVertical": true,
  "isFullProcess": false,
  "isSharedService": false,
  "note": "",
  "keywords": "",
  "categoryIds": [
   "019d2bbb-69ee-7079-a6b0-c819e290d773"
  ],
  "serviceGroupIds": [],
  "legalBasisIds": [
   "019d2bb3-5d7b-7049-8fc6-d410c4bf901e",
   "019d2bb3-5d7b-7049-8fc7-11ae66ffa191",
   "019d2bb3-5d7d-7398-be4b-fbb10e115bac",
   "019d2bb3-5d84-71c5-b674-b1d4ccab82e5",
   "019d2bb3-5d86-7760-a63a-7f1b9d7420f3",
   "019d2bb3-5d86-7760-a645-08dd5ede9baf",
   "019d2bb3-5d87-7195-a442-70603a9d0597"
  ],
  "resultIds": [
   "019d2bb2-1c37-76e8-b48c-9351be9f785e"
  ],
  "subjectTypeIds": [
   "019b698d-d28c-74c8-8844-9ec8823d06ca"
  ],
  "departmentExecutingIds": [
   "019d2be3-6ada-753f-9ac5-1a7edc327fe8"
  ],
  "departmentAuthorityIds": [
   "019d2be3-6a80-747a-9d05-79c4703b2341"
  ],
  "departmentAuthorizedIds": [],
  "departmentCoordinatingIds": [],
  "categoriesDetails": [
   {
    "id": "019d2bbb-69ee-7079-a6b0-c819e290d773",
    "name": "Quản lý xuất nhập cảnh",
    "code": "G01-CA11"
   }
  ],
  "departmentDetails": [],
  "departmentsExecuting": [
   {
    "id": "019d2be3-6ada-753f-9ac5-1a7edc327fe8",
    "name": "Phòng quản lý xuất nhập cảnh",
    "code": "BCA-PXNK"
   }
  ],
  "departmentsAuthority": [
   {
    "id": "019d2be3-6a80-747a-9d05-79c4703b2341",
    "name": "Cục quản lý xuất nhập cảnh",
    "code": "G01s.108.000"
   }
  ],
  "departmentsAuthorized": [],
  "departmentsCoordinating": [],
  "unitGroupExecutingIds": [],
  "unitGroupAuthorityIds": [],
  "unitGroupAuthorizedIds": [],
  "unitGroupCoordinatingIds": [],
  "unitGroupsExecuting": [],
  "unitGroupsAuthority": [],
  "unitGroupsAuthorized": [],
  "unitGroupsCoordinating": [],
  "serviceGroupsDetails": [],
  "legalBasisesDetails": [
   {
    "id": "019d2bb3-5d86-7760-a63a-7f1b9d7420f3",
    "name": "Thông tư số 06/2025/TT-BCA ngày 16/01/2025 của Bộ trưởng Bộ Công an bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Công an ban hành.",
    "code": "06/2025/TT-BCA"
   },
   {
    "id": "019d2bb3-5d86-7760-a645-08dd5ede9baf",
    "name": "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam sửa đổi 2023",
    "code": "23/2023/QH15"
   },
   {
    "id": "019d2bb3-5d87-7195-a442-70603a9d0597",
    "name": "Luật 51/2019/QH14",
    "code": "51/2019/QH14"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc7-11ae66ffa191",
    "name": "Hướng dẫn một số nội dung về cấp thị thực, cấp thẻ tạm trú, cấp giấy phép xuất nhập cảnh, giải quyết thường trú cho người nước ngoài tại Việt Nam",
    "code": "Thông tư 31/2015/TT-BCA"
   },
   {
    "id": "019d2bb3-5d84-71c5-b674-b1d4ccab82e5",
    "name": "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "code": "Luật 47/2014/QH13"
   },
   {
    "id": "019d2bb3-5d7d-7398-be4b-fbb10e115bac",
    "name": "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM",
    "code": "25/2021/TT-BTC"
   },
   {
    "id": "019d2bb3-5d7b-7049-8fc6-d410c4bf901e",
    "name": "Thông tư số 65/2022/TT-BCA ngày 30/12/2022 của Bộ trưởng Bộ Công an bãi bỏ toàn bộ hoặc một phần một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Công an ban hành.",
    "code": "65/2022/TT-BCA"
   }
  ],
  "resultsDetails": [
   {
    "id": "019d2bb2-1c37-76e8-b48c-9351be9f785e",
    "name": "Giấy phép xuất nhập cảnh",
    "code": "KQ.G01.000075"
   }
  ],
  "subjectTypesDetails": [
   {
    "id": "019b698d-d28c-74c8-8844-9ec8823d06ca",
    "name": "Người nước ngoài",
    "code": "ĐT4"
   }
  ],
  "departmentPromulgateId": "019d2be3-6a72-700f-a652-ac5169305ab5",
  "departmentPromulgateCode": "G01",
  "departmentPromulgateName": "Bộ Công an",
  "cases": [],
  "fees": [],
  "createdAt": 1777390139823,
  "updatedAt": 1777453072542,
  "profileComponents": [],
  "targetObjects": [],
  "executingAgencies": "Phòng quản lý xuất nhập cảnh",
  "authorizedAgencies": "",
  "dossierReceivingAddresses": "",
  "delegatedAgencies": "Cục quản lý xuất nhập cảnh",
  "coordinatingAgencies": "",
  "requirementsAndConditions": "+ Có thẻ thường trú do cơ quan quản lý xuất nhập cảnh của Việt Nam cấp, trường hợp chưa được giải quyết thẻ thường trú thì phải có đơn giải trình về thời gian đã tạm trú tại Việt Nam, KHÔNG CẦN xác nhận của công an xã, phường, thị trấn nơi người không quốc tịch tạm trú.\n+ Không có hộ chiếu hoặc giấy tờ thay thế hộ chiếu do cơ quan có thẩm quyền của nước ngoài cấp.\n+ Không thuộc một trong các trường hợp bị tạm hoãn xuất cảnh theo quy định của pháp luật Việt Nam.",
  "procedureRelatedGroup": [],
  "procedureProposal": {
   "id": "019d2c7a-8f30-7068-af1b-ea0e0b718b44",
   "proposalNumber": "6968/QĐ-BCA",
   "decisionDate": 1663779600000,
   "decisionNumber": null,
   "publicationDate": 1777629888430,
   "issuingAgency": {
    "id": "019d2be3-6a72-700f-a652-ac5169305ab5",
    "name": "Bộ Công an"
   },
   "proposalType": "STANDARD"
  },
  "isOfflineOnly": false,
  "isNonTerritorial": false,
  "returningMethods": []
 }
];
