"""Word lists for finding people and organisations in Indonesian and English news.

Hand-kept because no maintained package ships them for Indonesian; they hold titles, honorifics,
organisation heads and the capitalised words that are never names. Everything is lower-cased.
"""

from __future__ import annotations


def _split(text: str) -> frozenset[str]:
    """Case-sensitive words (acronyms and names keep their spelling)."""
    return frozenset(text.split())


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in text.split("|") if w.strip())


# Titles and roles that stand before a name ("Gubernur Ridwan Kamil", "Prime Minister Anwar").
# Multi-word entries are matched as phrases; each must start with a ROLE_HEAD word.
ROLE_HEADS_ID = _words(
    "presiden|wapres|menteri|menko|menlu|menkeu|menkes|mendagri|menhan|mendikbud|mendikbudristek|"
    "menparekraf|menpora|mensos|menag|mentan|menhub|menaker|menperin|mendag|menkominfo|menkumham|"
    "menpan-rb|menpupr|menteri-menteri|wamen|wamenlu|wakil|gubernur|wagub|wali|walikota|wawali|"
    "bupati|wabup|camat|lurah|kades|kapolda|wakapolda|kapolri|wakapolri|kapolres|kapolresta|"
    "kapolrestabes|kapolsek|kasat|kasatreskrim|kabid|kabidhumas|kadiv|kadivhumas|karopenmas|"
    "kabareskrim|kabaharkam|kadis|kadin|kepala|ketua|ketum|sekretaris|sekjen|sekda|sekdes|"
    "direktur|dirut|dirjen|direksi|juru|jubir|duta|dubes|konsul|panglima|kasad|kasal|kasau|"
    "pangdam|pangkostrad|danrem|dandim|danramil|danjen|komandan|jaksa|hakim|anggota|pengamat|"
    "warga|korban|pelatih|kapten|manajer|pemain|atlet|peneliti|ahli|pakar|dosen|guru|rektor|"
    "dekan|komisaris|pendiri|pemilik|pengusaha|analis|ekonom|kuasa|pengacara|advokat|tersangka|"
    "terdakwa|terpidana|saksi|pelaku|influencer|artis|penyanyi|aktor|aktris|selebritas|ulama|"
    "ustaz|ustadz|kiai|pendeta|plt|pj|penjabat|kabag|kasubdit|kasubag|kasi|kapuspen|kapuspenkum|"
    "kapendam|kapenrem|staf|stafsus|penasihat|koordinator|deputi|asisten|kasie|kanit|kaur|"
    "kabag ops|kasubbag|humas|perwakilan|utusan|delegasi|pejabat|politikus|politisi|aktivis|"
    "mahasiswa|siswa|petani|nelayan|pedagang|sopir|pengemudi|buruh|karyawan|pegawai|dokter|"
    "perawat|bidan|wartawan|jurnalis|reporter|penulis|sutradara|produser|youtuber|selebgram|"
    "kreator|unggulan|tunggal|ganda|juara|runner-up|pebulutangkis|petinju|pesepak|pembalap|perenang|pelari|striker|"
    "penyerang|gelandang|bek|kiper|penjaga|raja|ratu|pangeran|sultan|perdana|"
    "kanselir|speaker|imam|pastor|bhikkhu|biksu|ibu|bapak|pak|bu|mbak|kakak|adik|"
    "ayah|istri|suami|anak|cucu|kakek|nenek|paman|bibi|tante|om|kerabat|tetangga|rekan|teman|"
    "ceo|cfo|coo|cto|presdir|presiden direktur|chairman|founder|co-founder|vp|gm|"
    "senator|legislator|inspektur|auditor|komisioner|irjen|itjen|kajati|kajari|kejati|"
    "kasipenkum|kapuspenkum|danlanud|danlantamal|danpomdam|kabasarnas|kalapas|kakanwil|kakorlantas|"
    "dirlantas|dirreskrimum|dirreskrimsus|dirresnarkoba|kasubdit|kabiro|karo|kapus|kabalai|"
    "kalaksa|sekretaris daerah|ketua umum|sekretaris jenderal|mantan|eks"
)
ROLE_HEADS_EN = _words(
    "president|vice|prime|minister|secretary|senator|sen|representative|rep|congressman|"
    "congresswoman|lawmaker|legislator|governor|gov|mayor|premier|chancellor|king|queen|prince|"
    "detective|constable|inspector|superintendent|commissioner|"
    "princess|emperor|pope|sheikh|emir|sultan|speaker|leader|chief|ceo|cfo|coo|cto|chairman|"
    "chairwoman|chair|chairperson|director|head|spokesperson|spokesman|spokeswoman|"
    "ambassador|envoy|consul|general|gen|commander|admiral|adm|colonel|col|lieutenant|lt|major|"
    "maj|captain|capt|sergeant|sgt|officer|coach|manager|striker|midfielder|defender|goalkeeper|"
    "forward|player|analyst|economist|strategist|professor|prof|researcher|scientist|judge|justice|"
    "attorney|prosecutor|lawyer|commissioner|inspector|sheriff|superintendent|deputy|founder|"
    "co-founder|owner|official|agent|resident|witness|victim|suspect|actor|actress|singer|author|"
    "journalist|reporter|editor|executive|doctor|nurse|teacher|student|farmer|fisherman|driver|"
    "activist|influencer|adviser|advisor|aide|envoy|delegate|diplomat|negotiator|treasurer|"
    "auditor|regulator|senior|former|ex|then|incoming|outgoing|acting|interim|mp|mep|"
    "councillor|councilor|assemblyman|assemblywoman|archbishop|bishop|cardinal|rabbi|imam|"
    "pastor|cleric|chef|designer|entrepreneur|investor|billionaire|banker|trader|engineer|"
    "economist|historian|expert|specialist|pilot|soldier|police|policeman|trooper|firefighter|"
    "paramedic|survivor|mother|father|son|daughter|wife|husband|brother|sister|cousin|uncle|"
    "aunt|grandmother|grandfather|neighbour|neighbor|friend|colleague|partner|rival|opponent|"
    "champion|boxer|swimmer|sprinter|runner|cyclist|golfer|batsman|bowler|quarterback|pitcher|"
    "skipper|manager|referee|umpire|president-elect|vice-president|premier-elect|first lady"
)
ROLE_HEADS = ROLE_HEADS_ID | ROLE_HEADS_EN

# Words that may follow a role head inside a role phrase ("Menteri Luar Negeri", "Minister of
# Foreign Affairs", "Kepala Dinas Kesehatan"). Names are what comes after these run out.
ROLE_TAIL = _words(
    "luar|dalam|negeri|keuangan|pertahanan|kesehatan|pendidikan|kebudayaan|riset|teknologi|"
    "pendidikan tinggi|agama|sosial|perdagangan|perindustrian|pertanian|kelautan|perikanan|"
    "kehutanan|lingkungan|hidup|energi|sumber|daya|mineral|pekerjaan|umum|perumahan|rakyat|"
    "perhubungan|komunikasi|informatika|digital|hukum|ham|hak|asasi|manusia|ketenagakerjaan|"
    "tenaga|kerja|pariwisata|ekonomi|kreatif|koperasi|ukm|umkm|bumn|negara|investasi|hilirisasi|"
    "desa|pembangunan|daerah|tertinggal|transmigrasi|agraria|tata|ruang|perencanaan|nasional|"
    "pemuda|olahraga|pemberdayaan|perempuan|perlindungan|anak|aparatur|reformasi|birokrasi|"
    "politik|keamanan|perekonomian|kemaritiman|maritim|kebudayaan|koordinator|bidang|republik|"
    "provinsi|kabupaten|kota|utama|besar|muda|madya|pratama|pusat|wilayah|cabang|harian|"
    "jenderal|khusus|eksekutif|pelaksana|tugas|operasional|humas|hubungan|masyarakat|"
    "reserse|kriminal|kriminal umum|khusus|narkoba|lalu|lintas|polisi|kepolisian|resor|sektor|"
    "metro|jaya|daerah|dinas|badan|kantor|biro|bagian|divisi|direktorat|lembaga|komisi|dewan|"
    "majelis|mahkamah|pengadilan|kejaksaan|tinggi|agung|negeri|pusat|tni|polri|ad|al|au|"
    "kodam|korem|kodim|polda|polres|polsek|pemerintah|pemprov|pemkot|pemkab|pemda|partai|"
    "fraksi|tim|timnas|satgas|gugus|pemenangan|kampanye|pemilu|penanggulangan|bencana|meteorologi|"
    "klimatologi|geofisika|pencarian|pertolongan|sar|statistik|pengawas|pemeriksa|obat|makanan|"
    "pengawasan|intelijen|siber|sandi|antariksa|penerbangan|keantariksaan|otoritas|jasa|"
    "corp|bank|perusahaan|pt|persero|tbk|universitas|institut|fakultas|sekolah|rumah|sakit|umum|"
    "sementara|terpilih|baru|lama|periode|dki|diy|di|untuk|urusan|pada|dari|se|antar|"
    "foreign|external|affairs|home|interior|defence|defense|finance|treasury|health|education|trade|"
    "industry|commerce|labour|labor|justice|energy|environment|agriculture|transport|"
    "transportation|housing|security|homeland|state|national|federal|general|executive|"
    "operating|financial|technology|information|officer|of|for|the|and|to|at|on|in|committee|"
    "council|board|party|department|ministry|office|agency|bureau|bank|company|group|"
    "corporation|inc|ltd|university|college|school|team|club|united|city|house|senate|"
    "secretary|deputy|assistant|senior|junior|chief|acting|interim|minority|majority|whip|"
    "economic|economy|public|relations|communications|digital|development|planning|police|"
    "armed|forces|army|navy|air|force|military|staff|joint|chiefs|central|reserve|"
    "international|monetary|fund|world|european|union|commission|parliament|assembly|"
    "supreme|court|high|appeals|district|attorney|prosecutor|prosecutors|special|"
    "managing|director|vice|president|prime|minister|head|coach|assistant|team|squad|"
    "republic|kingdom|people|peoples|democratic|islamic|arab|emirates|states"
)

# Honorifics and ranks written just before a name; kept out of the name.
HONORIFICS = _words(
    "dr|ir|h|hj|prof|drs|dra|kh|k.h|kyai|mr|mrs|ms|miss|mx|sir|dame|lord|lady|rev|fr|"
    "irjen|brigjen|kombes|kombespol|akbp|akp|iptu|ipda|aiptu|aipda|bripka|brigpol|briptu|bripda|"
    "komjen|jenderal|letjen|mayjen|laksda|laksdya|laksamana|marsda|marsdya|marsekal|kolonel|"
    "letkol|mayor|kapten|lettu|letda|serka|sertu|serda|praka|pratu|kopda|kopka|"
    "gen|lt|col|maj|capt|sgt|adm|cpl|pvt|st|sen|rep|gov|pres|supt|insp|det|"
    "tuan|nyonya|datuk|dato|datok|tan sri|tun|haji|hajah|raden|rm|gusti|kanjeng|"
    "s.h|s.e|m.m|m.si|s.t|s.kom|mba|jr|sr|pol|polisi"
)
# Common post-nominal degrees in Indonesian ("Budi Santoso, S.H., M.H.") that end a name.
DEGREES = _words("sh|se|mm|msi|mh|st|skom|spd|mpd|ssos|msc|phd|mba|ma|sip|mt|sked|spog|mkes")

# Organisation heads. Indonesian puts them first ("Kementerian Luar Negeri"), English often last
# ("Foreign Ministry", "Apple Inc"); both positions are accepted.
ORG_HEADS = _words(
    "kementerian|kemenlu|kemenkeu|kemenkes|kemendagri|kemenhan|kemendikbud|kemendikbudristek|"
    "kemenparekraf|kemenpora|kemensos|kemenag|kementan|kemenhub|kemnaker|kemenaker|kemenperin|"
    "kemendag|kemenkominfo|kemkominfo|kemenkumham|kemenpupr|kemenko|kemenkopolhukam|"
    "badan|dinas|pemerintah|pemda|pemkot|pemkab|pemprov|polda|polres|polresta|polrestabes|"
    "polsek|kepolisian|kejaksaan|kejati|kejari|kejagung|pengadilan|mahkamah|komisi|dewan|"
    "majelis|partai|pt|perum|persero|bank|universitas|institut|sekolah|asosiasi|perhimpunan|"
    "persatuan|ikatan|himpunan|lembaga|yayasan|kantor|biro|direktorat|sekretariat|kedutaan|"
    "konsulat|kodam|korem|kodim|koramil|lanud|lantamal|kostrad|kopassus|satgas|tim|gugus|"
    "timnas|otoritas|koperasi|perusahaan|rumah sakit|rsud|rsup|puskesmas|kampus|politeknik|"
    "akademi|sekolah tinggi|balai|pusat|unit|divisi|"
    "ministry|department|agency|council|committee|commission|association|party|university|"
    "college|institute|institution|inc|corp|corporation|co|company|ltd|llc|plc|group|centre|"
    "center|times|news|post|journal|tribune|herald|gazette|press|broadcasting|television|tv|"
    "radio|police|court|tribunal|parliament|congress|senate|assembly|federation|union|league|"
    "foundation|fund|organisation|organization|authority|bureau|office|board|service|services|branch|"
    "forces|force|army|navy|airlines|airways|airline|bank|club|fc|holdings|industries|motors|"
    "technologies|systems|network|networks|media|institute|society|trust|alliance|coalition|"
    "movement|front|brigade|government|administration|cabinet|secretariat|embassy|consulate|"
    "hospital|school|academy|laboratory|lab|labs|studio|studios|partners|capital|ventures|"
    "securities|sekuritas|asuransi|exchange|reserve|police|guard|command|ministerie|online|"
    "daily|kompas|tempo|"
    "sports|electronics|motor|motors|pharma|pharmaceuticals|telecom|telecommunications|steel|petroleum|"
    "mining|insurance|financial|foods|entertainment|logistics|energy|semiconductor|automotive|"
    "services"
)
# Heads that only make an organisation in first position (Indonesian word order).
ORG_HEADS_FIRST_ONLY = _words(
    "badan|dinas|pemerintah|kantor|balai|pusat|unit|tim|satgas|lembaga|komisi|dewan|majelis|"
    "mahkamah|pengadilan|sekolah|stasiun|bandara|pelabuhan|markas|divisi|partai|kementerian|"
    "asosiasi|universitas|institut|yayasan|perusahaan|persatuan|ikatan|himpunan|perhimpunan|"
    "timnas"
)

# Acronyms that are organisations on their own.
ORG_ACRONYMS = _split(
    "ADB AFC AFP AIIB AJI ANTARA AP APEC ASEAN AU Airbus Alibaba Amazon Apindo Apple BBC BCA BI "
    "BIN BMKG BNI BNN BNPB BNPT BPBD BPJS BPK BPOM BPS BRI BRICS BRIN BSI BSSN BTN BUMN Bappenas "
    "Bareskrim Basarnas Bawaslu Binus Bloomberg Boeing Brimob Bukalapak Bulog ByteDance CDC CIA "
    "CNBC CNN Congress DOJ DPD DPR DPRD Danantara Demokrat Densus Detik EPA EU Europol FAO FBI "
    "FCC FDA FIFA FTC Facebook Fed Frontex G20 G7 GCC Garuda Gerindra GoTo Gojek Golkar Google "
    "Grab HIPMI Hamas Hanura Hezbollah Huawei IAEA IBM ICC ICJ ICRC ICW IDI IFRC ILO IMF INA IOC "
    "IPB IRS ISIS ITB ITS Indosat Intel Interpol KAI KPAI KPK KPPU KPU KPUD KWI KY Kadin Kejagung "
    "Kejaksaan Kejari Kejati Kemenag Kemenaker Kemendag Kemendagri Kemendikbud Kemendikbudristek "
    "Kemenhan Kemenhub Kemenkes Kemenkeu Kemenko Kemenkominfo Kemenkumham Kemenlu Kemenparekraf "
    "Kemenperin Kemenpora Kemensos Kementan Kemnaker Kominfo Komnas Kompas KontraS Kopassus "
    "Kostrad Kremlin LIPI LKPP LPSK MA MK MPR MSF MUI Mandiri Mercosur Meta Microsoft "
    "Muhammadiyah NASA NATO NSA NU NasDem Nasdem Nvidia OAS OECD OJK OPEC Ombudsman OpenAI PAN "
    "PBB PBNU PDI-P PDIP PGI PKB PKS PLN POLRI PPATK PPP PSI PSSI PUPR PWI Parliament Pelindo "
    "Pemda Pemkab Pemkot Pemprov Pentagon Perindo Pertamina Polda Polhukam Polres Polri Polsek "
    "Reuters SCO SEC Samsung Satpol Senate Setkab Setneg Shopee Sony TNI Taliban Telkom Telkomsel "
    "Tempo Tencent Tesla TikTok Tokopedia Toyota Traveloka Twitter UE UEFA UGM UI UIN UN UNDP "
    "UNEP UNESCO UNHCR UNICEF UNS UPN Unair Undip Unhas Unpad WEF WFP WHO WTO Walhi XL Xinhua "
    "YLKI"
)

# Well-known organisations whose names carry no organisation word.
ORG_NAMES = _words(
    "goldman sachs|morgan stanley|jpmorgan|jp morgan|jpmorgan chase|wells fargo|citigroup|"
    "blackrock|standard chartered|deutsche bank|credit suisse|nomura|barclays|hsbc|ubs|"
    "bank of america|state department|white house|downing street|red cross|red crescent|"
    "amnesty international|human rights watch|greenpeace|doctors without borders|"
    "paris saint-germain|real madrid|manchester united|manchester city|bayern munich|"
    "persija jakarta|persib bandung|arema fc|persebaya surabaya|bali united|persija|persib|"
    "persebaya|arema|psm makassar|psis semarang|persik kediri|borneo fc|madura united|"
    "dewa united|barito putera|persis solo|psm|psis|persik|"
    "garuda indonesia|lion air|singapore airlines|bank mandiri|bank rakyat indonesia|"
    "pertamina|telkom indonesia|astra international|gudang garam|indofood|unilever|"
    "nestle|toyota|hyundai|volkswagen|general motors|exxonmobil|shell|chevron"
)

# All-caps tokens that are not organisations.
NOT_ORG_ACRONYMS = _split(
    "ABK AI AIDS AM APBD APBN KLB UMP UMK UMR NPL PLBN  AS ASN ATM BAP BBM BLT BPNT BRT BST BTS CEO CFO CM CNY COO COVID "
    "COVID-19 CPO CSR CTO DBD DC DIY DKI DPO DPRK EPL EUR EV FYI GDP GM GMT GW GWH HAM HIV HK HP "
    "HTML HUT ICT IDR II III IPO ISPA IT IV IX IoT JPY KG KIP KIS KM KRI KRL KTP KTT KW LA LNG "
    "LPG LRT LSM MLB MM MRT MVP MW MYR NBA NFL NGO NIB NIK NPWP NTB NTT NYC NZ ODGJ ODP OK OTG "
    "OTK OTT PAUD PC PCR PDB PDF PDP PHK PIN PKH PKL PM PMI PNS PPKM PR PRC PSBB PTN PTS RI RMB "
    "ROK RP RSS RT RT-PCR RW S1 S2 S3 SA SD SDA SDM SGD SIM SMA SMK SMP SMS SP3 SPBU SPDP STNK "
    "TBC TK TKI TKP TOL TPS TPU TV UAE UK UKT UMK UMKM UMR URL US US$ USA USD UTC VAR VI VII VIII "
    "VP VS WIB WIT WITA WNA WNI XI XII XIII"
)

# Capitalised words that are never part of a name: sentence starters, days, months, common nouns
# often capitalised in titles.
NOT_NAME = _words(
    # id function words and frequent sentence starters
    "dalam|para|acara|hal|karena|di|ke|dari|pada|namun|tetapi|tapi|sementara|selain|sebelumnya|"
    "selanjutnya|kemudian|lalu|menurut|meski|meskipun|walaupun|saat|ketika|dengan|untuk|oleh|kini|"
    "ia|dia|beliau|mereka|kami|kita|saya|aku|anda|kamu|itu|ini|tersebut|yang|dan|atau|serta|juga|"
    "bahkan|adapun|sedangkan|setelah|sebelum|sejak|hingga|sampai|agar|supaya|jika|kalau|apabila|"
    "bila|maka|sehingga|bahwa|tak|tidak|bukan|belum|sudah|telah|akan|sedang|masih|pun|ada|"
    "sebanyak|sekitar|hampir|lebih|kurang|semua|seluruh|setiap|tiap|beberapa|banyak|sejumlah|"
    "salah|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|pertama|kedua|ketiga|"
    "terkait|mengenai|tentang|soal|atas|bagi|antara|terhadap|melalui|lewat|tanpa|bersama|"
    "baca|lihat|simak|tonton|foto|video|ilustrasi|sumber|editor|reporter|penulis|pewarta|"
    "redaktur|berita|artikel|laporan|informasi|keterangan|catatan|update|terbaru|breaking|"
    "selamat|terima|kasih|mohon|silakan|ayo|mari|apa|siapa|mengapa|kenapa|bagaimana|kapan|"
    "dimana|berapa|mana|begitu|demikian|sebagai|seperti|yaitu|yakni|misalnya|contohnya|"
    "pemerintah|masyarakat|warga|rakyat|bangsa|negara|daerah|wilayah|kawasan|kota|desa|provinsi|"
    "kabupaten|kecamatan|kelurahan|jalan|jl|gedung|istana|rumah|kantor|pasar|pantai|gunung|"
    "sungai|danau|pulau|selat|laut|teluk|tanjung|hutan|taman|lapangan|stadion|bandara|"
    "pelabuhan|stasiun|terminal|tol|program|proyek|kegiatan|forum|konferensi|pertemuan|"
    "rapat|sidang|kunjungan|festival|pameran|lomba|turnamen|kejuaraan|liga|piala|olimpiade|"
    "pemilu|pilpres|pilkada|pileg|kampanye|debat|hari|raya|idul|idulfitri|iduladha|fitri|adha|"
    "natal|imlek|lebaran|nyepi|waisak|tahun|baru|bulan|minggu|pekan|pagi|"
    "siang|sore|malam|kemarin|besok|lusa|tadi|nanti|sekarang|dulu|kala|waktu|jam|pukul|"
    "tim|pihak|kubu|kelompok|komunitas|organisasi|perusahaan|kerja|sama|kerjasama|influencer|"
    "influencers|online|digital|media|sosial|ekonomi|politik|budaya|hukum|pendidikan|kesehatan|"
    "covid|corona|virus|pandemi|gempa|banjir|longsor|tsunami|kebakaran|kecelakaan|tragedi|"
    "insiden|kasus|perkara|kejadian|peristiwa|operasi|ops|fokus|cetusan|diharapakan|diharapkan|"
    # en function words and frequent sentence starters
    "the|a|an|in|on|at|by|for|of|to|from|with|without|about|after|before|during|since|until|"
    "but|and|or|nor|so|yet|if|when|while|where|whereas|although|though|because|as|than|then|"
    "however|meanwhile|moreover|furthermore|also|still|even|only|just|already|now|today|"
    "yesterday|tomorrow|tonight|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|"
    "our|my|your|him|them|us|me|there|here|what|who|whom|whose|which|why|how|all|some|many|"
    "most|more|much|few|several|each|every|both|either|neither|no|not|one|two|three|four|five|"
    "six|seven|eight|nine|ten|first|second|third|last|next|new|old|other|another|such|same|"
    "own|according|despite|amid|among|across|against|around|along|between|beyond|into|onto|"
    "over|under|through|throughout|toward|towards|upon|within|via|per|is|are|was|were|be|been|"
    "being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|said|says|"
    "say|told|asked|added|read|more|related|photo|image|video|watch|listen|subscribe|sign|"
    "breaking|exclusive|update|updated|live|opinion|analysis|editorial|comment|advertisement|"
    "reporting|writing|editing|source|sources|credit|copyright|getty|images|file|"
    "government|police|officials|official|authorities|people|residents|state|city|country|"
    "region|province|district|island|street|avenue|road|river|lake|mountain|sea|ocean|bay|"
    "north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|"
    "day|week|month|year|morning|afternoon|evening|night|weekend|christmas|easter|"
    "summit|conference|meeting|forum|festival|cup|championship|league|games|olympics|"
    "world|war|act|bill|law|plan|program|programme|project|initiative|report|index|"
    "covid-19|coronavirus|pandemic|earthquake|flood|floods|storm|typhoon|hurricane|fire|"
    "internet|online|social|media|economy|market|markets|stock|stocks|oil|gas|energy|"
    "democrats|republicans|democrat|republican|liberal|conservative|labour|tory|tories|"
    "chinese|indonesian|american|british|english|french|german|japanese|korean|indian|"
    "russian|ukrainian|australian|malaysian|singaporean|thai|vietnamese|filipino|european|"
    "asian|african|arab|israeli|palestinian|iranian|turkish|muslim|muslims|christian|"
    "islam|islamic|catholic|buddhist|hindu|jewish|western|eastern|gen z|millennials|"
    "belt|road|routes|route|silk|dream|vision|mission|goals|agenda|charter|accord|deal|"
    "treaty|agreement|pact|framework|strategy|policy|rule|rules|award|awards|prize|"
    "stadium|stadion|arena|hotel|airport|bridge|square|plaza|mall|tower|palace|museum|park|"
    "gelora|istora|hall|gedung|jembatan|menara|masjid|gereja|pura|vihara|klenteng|candi|"
    "nagari|kampung|dusun|gampong|jorong|banjar|kelurahan|kecamatan|rt|rw|blok|komplek|"
    "kilogram|kg|hektare|ton|meter|persen|rupiah|dolar|triliun|miliar|juta|ribu|rp|"
    "gol|laga|pertandingan|kemenangan|kekalahan|skor|babak|menit|klasemen|musim|"
    "biasanya|sekarang|awalnya|akhirnya|rencananya|sebenarnya|memang|padahal|apalagi|tentu|"
    "tentunya|semoga|harapannya|intinya|pokoknya|jadi|makanya|selama|sepanjang|alhamdulillah|"
    "insya|allah|insyaallah|waduh|wah|aduh|yah|nah|oh|ya|tidak|enggak|nggak|gak|"
    "tanah air|nusantara|ibu kota|ibukota|jabodetabek|asia|tenggara|timur|barat|utara|"
    "selatan|tengah|raya|kecil|lama|baru"
)

MONTHS_DAYS_EN = _words(
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|"
    "fri|sat|sun"
)
# Indonesian months and days are English given names ("Mei", "Juni") in English text: they count
# as dates only in Indonesian.
MONTHS_DAYS = MONTHS_DAYS_EN | _words(
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des|"
    "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|wib|wita|wit"
)

# Name connectors: lower-case words that sit inside names ("Achyar Al Rasyid", "bin Salman").
NAME_CONNECTORS = _words("bin|binti|bt|van|von|de|der|den|da|dos|das|du|la|le|al|el|ibn|abu|ul|ud")
# Words that join parts of an organisation or role name, never of a person's.
ORG_CONNECTORS = _words("of|for|and|the|&|dan|untuk|urusan|bidang|se|de")

# Speech and action verbs around a speaker ("kata Budi", "Budi mengatakan", "said Smith").
SPEECH_BEFORE = _words(
    "kata|ujar|ungkap|jelas|tutur|tegas|imbuh|terang|sebut|papar|ucap|lanjut|tambah|pungkas|"
    "katanya|ujarnya|ungkapnya|jelasnya|tuturnya|tegasnya|imbuhnya|terangnya|sebutnya|menurut|"
    "said|says|added|explained|noted|wrote|according|tweeted|stated|argued|insisted|"
    "warned|claimed|announced|continued|recalled|admitted|acknowledged|replied|urged"
)
SPEECH_AFTER = _words(
    "mengatakan|menyatakan|menjelaskan|mengungkapkan|menuturkan|menegaskan|menyebutkan|"
    "menyebut|menambahkan|berkata|mengaku|menilai|meminta|berharap|menyampaikan|memaparkan|"
    "mengimbau|menerangkan|membenarkan|mengklaim|membantah|menanggapi|mengingatkan|mendesak|"
    "menekankan|mengapresiasi|mengumumkan|menyambut|membahas|mencetuskan|membagikan|memimpin|"
    "meresmikan|menghadiri|bertemu|menerima|mengunjungi|berpidato|menandatangani|"
    "said|says|told|added|explained|noted|wrote|announced|argued|insisted|warned|claimed|"
    "stated|urged|called|vowed|pledged|tweeted|posted|declared|admitted|denied|confirmed|"
    "met|visited|signed|launched|unveiled|led|opened|attended|welcomed|praised|criticised|"
    "criticized|thanked|replied|responded|acknowledged|predicted|expects|believes|thinks|"
    "wants|hopes|plans|has|had|was|is|will|would|also|did|does"
)
