import type { ClaimReview, DataFeed, WithContext } from "schema-dts";

export const review0 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f7bc-75d5-8cab-2fc6d20ade06",
  "url": "https://checkdesk.example/mx0c3z8r/bridge",
  "claimReviewed": "the bridge will reopen in May",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f413-7196-bfd1-46e27de34641",
    "name": "Check Desk mx0c3z8r",
    "sameAs": "https://www.wikidata.org/wiki/Q16970788"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "False",
    "name": "False",
    "ratingValue": 2,
    "bestRating": 6,
    "worstRating": 1,
    "ratingExplanation": "The schedule says September."
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f6d4-7a10-b0ac-99d70c67b4a7",
    "text": "the bridge will reopen in May",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f3c3-7285-86ae-d0aa95275171",
      "name": "Transport Minister mx0c3z8r",
      "sameAs": "https://www.wikidata.org/wiki/Q7834"
    },
    "datePublished": "2025-04-28",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    }
  },
  "name": "No, the bridge will not reopen in May",
  "headline": "No, the bridge will not reopen in May",
  "datePublished": "2025-05-02",
  "dateModified": "2026-11-28T11:36:09Z",
  "inLanguage": "en"
} satisfies WithContext<ClaimReview>;

export const review1 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f930-7e02-b6c8-811cb1cc93fe",
  "url": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f930-7e02-b6c8-811cb1cc93fe",
  "claimReviewed": "the bridge will reopen in May",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f46b-72f0-8c7a-9f8384d43d99",
    "name": "Other Desk mx0c3z8r"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Misleading",
    "name": "Misleading"
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f6d4-7a10-b0ac-99d70c67b4a7",
    "text": "the bridge will reopen in May",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f3c3-7285-86ae-d0aa95275171",
      "name": "Transport Minister mx0c3z8r",
      "sameAs": "https://www.wikidata.org/wiki/Q7834"
    },
    "datePublished": "2025-04-28",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    }
  },
  "datePublished": "2026-11-28",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const review2 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f954-777e-a090-f3b1ea50d016",
  "url": "https://checkdesk.example/mx0c3z8r/cost",
  "claimReviewed": "the repairs cost 3 million",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f413-7196-bfd1-46e27de34641",
    "name": "Check Desk mx0c3z8r",
    "sameAs": "https://www.wikidata.org/wiki/Q16970788"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Mostly true",
    "name": "Mostly true",
    "ratingValue": 4,
    "bestRating": 5,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f71d-7c91-86e4-e189e3814fc8",
    "text": "the repairs cost 3 million",
    "author": {
      "@type": "Organization",
      "name": "Sources familiar with the talks"
    },
    "datePublished": "2025-04-30T08:00:00Z",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
      "url": "https://news.example/mx0c3z8r/bridge",
      "headline": "Bridge to reopen mx0c3z8r",
      "inLanguage": "en",
      "datePublished": "2025-04-30T08:00:00Z",
      "publisher": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
        "name": "Wire Service mx0c3z8r"
      }
    }
  },
  "datePublished": "2026-11-28",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const review3 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f9dd-7b58-9848-d341f384f9e5",
  "url": "https://verificado.example/mx0c3z8r-datafeed/puente-mayo",
  "claimReviewed": "El puente reabrirá en mayo",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9bc-7196-b82a-f763d2f38363",
    "name": "Verificado mx0c3z8r-datafeed"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Engañoso",
    "name": "Engañoso",
    "ratingValue": 2,
    "bestRating": 5,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f9dc-7792-b297-94f298062050",
    "text": "El puente reabrirá en mayo",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9d6-760c-8761-9990dfd76943",
      "name": "Minister mx0c3z8r-datafeed"
    },
    "datePublished": "2025-05-01",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9d7-71d1-9679-e74059714003",
      "url": "https://news.example/mx0c3z8r-datafeed/bridge-story",
      "headline": "Appearance at https://news.example/mx0c3z8r-datafeed/bridge-story",
      "inLanguage": "es"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9d7-71d1-9679-e74059714003",
      "url": "https://news.example/mx0c3z8r-datafeed/bridge-story",
      "headline": "Appearance at https://news.example/mx0c3z8r-datafeed/bridge-story",
      "inLanguage": "es"
    }
  },
  "datePublished": "2025-05-09",
  "dateModified": "2026-11-28T11:36:10Z",
  "inLanguage": "es"
} satisfies WithContext<ClaimReview>;

export const review4 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f9df-71c7-8501-5bf9be82c5c0",
  "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
  "claimReviewed": "Las reparaciones costaron 3 millones",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9bc-7196-b82a-f763d2f38363",
    "name": "Verificado mx0c3z8r-datafeed"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Falso",
    "name": "Falso"
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f9df-7fa1-b20e-1c5a079c4bdd",
    "text": "Las reparaciones costaron 3 millones",
    "author": {
      "@type": "Organization",
      "name": "unattributed (as imported)"
    },
    "datePublished": "2025-05-10T00:00:00Z",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9df-7a89-9b99-4508830b0868",
      "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
      "headline": "Appearance at https://verificado.example/mx0c3z8r-datafeed/costes",
      "inLanguage": "es-AR",
      "datePublished": "2025-05-10T00:00:00Z"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9df-7a89-9b99-4508830b0868",
      "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
      "headline": "Appearance at https://verificado.example/mx0c3z8r-datafeed/costes",
      "inLanguage": "es-AR",
      "datePublished": "2025-05-10T00:00:00Z"
    }
  },
  "datePublished": "2025-05-10",
  "dateModified": "2026-11-28T11:36:10Z",
  "inLanguage": "es-AR"
} satisfies WithContext<ClaimReview>;

export const review5 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa40-7b6a-868c-1aec1a2be508",
  "url": "https://fullfact.org/economy/mx0c3z8r-fullfact-bridge-repairs-cost/",
  "claimReviewed": "Repairs to the bridge cost 3 million.",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa3f-7e40-8503-f0cdc28127dc",
    "name": "Full Fact mx0c3z8r-fullfact"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Incorrect. The contract puts the repairs at £30 million, not £3 million.",
    "name": "Incorrect. The contract puts the repairs at £30 million, not £3 million."
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa40-74ab-a565-a2b87e30b54a",
    "text": "Repairs to the bridge cost 3 million.",
    "author": {
      "@type": "Organization",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa40-7557-8296-0b62f977764b",
      "name": "Ministry mx0c3z8r-fullfact"
    },
    "datePublished": "2025-04-30",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa40-7b15-8711-e67fa8c2d804",
      "url": "https://news.example/mx0c3z8r-fullfact/bridge-story",
      "headline": "Appearance at https://news.example/mx0c3z8r-fullfact/bridge-story",
      "inLanguage": "en-GB"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa40-7b15-8711-e67fa8c2d804",
      "url": "https://news.example/mx0c3z8r-fullfact/bridge-story",
      "headline": "Appearance at https://news.example/mx0c3z8r-fullfact/bridge-story",
      "inLanguage": "en-GB"
    }
  },
  "datePublished": "2025-05-06",
  "dateModified": "2026-11-28T11:36:10Z",
  "inLanguage": "en-GB"
} satisfies WithContext<ClaimReview>;

export const review6 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa43-71b2-8428-49f80b864faf",
  "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
  "claimReviewed": "Waiting lists have fallen every month this year.",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa3f-7e40-8503-f0cdc28127dc",
    "name": "Full Fact mx0c3z8r-fullfact"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Correct, but they are still higher than two years ago.",
    "name": "Correct, but they are still higher than two years ago."
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa43-76d3-8f09-c08cffab815f",
    "text": "Waiting lists have fallen every month this year.",
    "author": {
      "@type": "Organization",
      "name": "unattributed (as imported)"
    },
    "datePublished": "2026-11-28T11:36:10Z",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa43-7519-8f94-100cba94ea93",
      "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
      "headline": "Appearance at https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
      "inLanguage": "en"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa43-7519-8f94-100cba94ea93",
      "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
      "headline": "Appearance at https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
      "inLanguage": "en"
    }
  },
  "datePublished": "2026-11-28",
  "dateModified": "2026-11-28T11:36:10Z",
  "inLanguage": "en"
} satisfies WithContext<ClaimReview>;

export const review7 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa6b-7fa9-859a-e215b28bae48",
  "url": "https://factual.example/mx0c3z8r-graph/",
  "claimReviewed": "Officials warned that delays are likely",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa6a-7903-95b4-1c41fe9b3c93",
    "name": "Factual mx0c3z8r-graph"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "True",
    "name": "True",
    "ratingValue": 5,
    "bestRating": 5,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa6b-7130-9965-05444dd53990",
    "text": "Officials warned that delays are likely",
    "author": {
      "@type": "Organization",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa6b-74f7-8a90-3d4bbd2bf670",
      "name": "Ministry mx0c3z8r-graph"
    },
    "datePublished": "2025-05-06T00:00:00Z",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa6b-720a-b193-c36e3b1e0ff0",
      "url": "https://factual.example/mx0c3z8r-graph/",
      "headline": "Appearance at https://factual.example/mx0c3z8r-graph/",
      "inLanguage": "und",
      "datePublished": "2025-05-06T00:00:00Z"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa6b-720a-b193-c36e3b1e0ff0",
      "url": "https://factual.example/mx0c3z8r-graph/",
      "headline": "Appearance at https://factual.example/mx0c3z8r-graph/",
      "inLanguage": "und",
      "datePublished": "2025-05-06T00:00:00Z"
    }
  },
  "datePublished": "2025-05-06",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const review8 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa8d-7be9-8971-ea4db264964d",
  "url": "https://www.politifact.com/factchecks/2025/mar/11/mx0c3z8r-politifact-feed/tax-cut/",
  "claimReviewed": "Says the tax cut “paid for itself” in two years.",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa87-748c-beb8-1098ee57cb7d",
    "name": "PolitiFact mx0c3z8r-politifact-feed"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Pants on Fire!",
    "name": "Pants on Fire!",
    "ratingValue": 1,
    "bestRating": 6,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa8d-7777-8c07-cc9c564a1b27",
    "text": "Says the tax cut “paid for itself” in two years.",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa8c-7b8d-9564-5646d094a710",
      "name": "Senator mx0c3z8r-politifact-feed"
    },
    "datePublished": "2025-03-08",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
      "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
      "headline": "Town hall, Des Moines",
      "inLanguage": "und"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
      "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
      "headline": "Town hall, Des Moines",
      "inLanguage": "und"
    }
  },
  "datePublished": "2025-03-11",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const review9 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa9f-72c5-85e6-0a904d6acb45",
  "url": "https://www.politifact.com/factchecks/2025/mar/12/mx0c3z8r-politifact-feed/jobs/",
  "claimReviewed": "Unemployment is the lowest it has been in 50 years.",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa87-748c-beb8-1098ee57cb7d",
    "name": "PolitiFact mx0c3z8r-politifact-feed"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "Half True",
    "name": "Half True",
    "ratingValue": 4,
    "bestRating": 6,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa9f-73f5-87fa-4e7a97639360",
    "text": "Unemployment is the lowest it has been in 50 years.",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa8c-7b8d-9564-5646d094a710",
      "name": "Senator mx0c3z8r-politifact-feed"
    },
    "datePublished": "2025-03-01",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
      "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
      "headline": "Town hall, Des Moines",
      "inLanguage": "und"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
      "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
      "headline": "Town hall, Des Moines",
      "inLanguage": "und"
    }
  },
  "datePublished": "2025-03-12",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const review10 = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fac1-7a7c-90f1-e5abf6c5bd1a",
  "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
  "claimReviewed": "Says \"the bridge will reopen in May.\"",
  "author": {
    "@type": "Organization",
    "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fac0-704f-b8ec-008ea5116645",
    "name": "PolitiFact mx0c3z8r-politifact"
  },
  "reviewRating": {
    "@type": "Rating",
    "alternateName": "False",
    "name": "False",
    "ratingValue": 2,
    "bestRating": 6,
    "worstRating": 1
  },
  "itemReviewed": {
    "@type": "Claim",
    "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fac1-78af-936c-7077e1b126a5",
    "text": "Says \"the bridge will reopen in May.\"",
    "author": {
      "@type": "Person",
      "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fac1-727c-9ecf-403f0db35023",
      "name": "Minister mx0c3z8r-politifact"
    },
    "datePublished": "2025-04-28",
    "appearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fac1-78fe-b9a9-efd47ac09221",
      "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
      "headline": "Appearance at https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
      "inLanguage": "und",
      "datePublished": "2025-05-02T00:00:00Z"
    },
    "firstAppearance": {
      "@type": "NewsArticle",
      "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fac1-78fe-b9a9-efd47ac09221",
      "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
      "headline": "Appearance at https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
      "inLanguage": "und",
      "datePublished": "2025-05-02T00:00:00Z"
    }
  },
  "datePublished": "2025-05-02",
  "dateModified": "2026-11-28T11:36:10Z"
} satisfies WithContext<ClaimReview>;

export const feed = {
  "@context": "https://schema.org",
  "@type": "DataFeed",
  "@id": "http://127.0.0.1:34615/api/v1/reviews",
  "name": "Fact checks",
  "dateModified": "2026-11-28T11:36:10Z",
  "dataFeedElement": [
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa43-71b2-8428-49f80b864faf",
      "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
      "claimReviewed": "Waiting lists have fallen every month this year.",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa3f-7e40-8503-f0cdc28127dc",
        "name": "Full Fact mx0c3z8r-fullfact"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Correct, but they are still higher than two years ago.",
        "name": "Correct, but they are still higher than two years ago."
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa43-76d3-8f09-c08cffab815f",
        "text": "Waiting lists have fallen every month this year.",
        "author": {
          "@type": "Organization",
          "name": "unattributed (as imported)"
        },
        "datePublished": "2026-11-28T11:36:10Z",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa43-7519-8f94-100cba94ea93",
          "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
          "headline": "Appearance at https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
          "inLanguage": "en"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa43-7519-8f94-100cba94ea93",
          "url": "https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
          "headline": "Appearance at https://fullfact.org/health/mx0c3z8r-fullfact-waiting-lists/",
          "inLanguage": "en"
        }
      },
      "datePublished": "2026-11-28",
      "dateModified": "2026-11-28T11:36:10Z",
      "inLanguage": "en"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f954-777e-a090-f3b1ea50d016",
      "url": "https://checkdesk.example/mx0c3z8r/cost",
      "claimReviewed": "the repairs cost 3 million",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f413-7196-bfd1-46e27de34641",
        "name": "Check Desk mx0c3z8r",
        "sameAs": "https://www.wikidata.org/wiki/Q16970788"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Mostly true",
        "name": "Mostly true",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f71d-7c91-86e4-e189e3814fc8",
        "text": "the repairs cost 3 million",
        "author": {
          "@type": "Organization",
          "name": "Sources familiar with the talks"
        },
        "datePublished": "2025-04-30T08:00:00Z",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        }
      },
      "datePublished": "2026-11-28",
      "dateModified": "2026-11-28T11:36:10Z"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f930-7e02-b6c8-811cb1cc93fe",
      "url": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f930-7e02-b6c8-811cb1cc93fe",
      "claimReviewed": "the bridge will reopen in May",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f46b-72f0-8c7a-9f8384d43d99",
        "name": "Other Desk mx0c3z8r"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Misleading",
        "name": "Misleading"
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f6d4-7a10-b0ac-99d70c67b4a7",
        "text": "the bridge will reopen in May",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f3c3-7285-86ae-d0aa95275171",
          "name": "Transport Minister mx0c3z8r",
          "sameAs": "https://www.wikidata.org/wiki/Q7834"
        },
        "datePublished": "2025-04-28",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        }
      },
      "datePublished": "2026-11-28",
      "dateModified": "2026-11-28T11:36:10Z"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f9df-71c7-8501-5bf9be82c5c0",
      "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
      "claimReviewed": "Las reparaciones costaron 3 millones",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9bc-7196-b82a-f763d2f38363",
        "name": "Verificado mx0c3z8r-datafeed"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Falso",
        "name": "Falso"
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f9df-7fa1-b20e-1c5a079c4bdd",
        "text": "Las reparaciones costaron 3 millones",
        "author": {
          "@type": "Organization",
          "name": "unattributed (as imported)"
        },
        "datePublished": "2025-05-10T00:00:00Z",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9df-7a89-9b99-4508830b0868",
          "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
          "headline": "Appearance at https://verificado.example/mx0c3z8r-datafeed/costes",
          "inLanguage": "es-AR",
          "datePublished": "2025-05-10T00:00:00Z"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9df-7a89-9b99-4508830b0868",
          "url": "https://verificado.example/mx0c3z8r-datafeed/costes",
          "headline": "Appearance at https://verificado.example/mx0c3z8r-datafeed/costes",
          "inLanguage": "es-AR",
          "datePublished": "2025-05-10T00:00:00Z"
        }
      },
      "datePublished": "2025-05-10",
      "dateModified": "2026-11-28T11:36:10Z",
      "inLanguage": "es-AR"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f9dd-7b58-9848-d341f384f9e5",
      "url": "https://verificado.example/mx0c3z8r-datafeed/puente-mayo",
      "claimReviewed": "El puente reabrirá en mayo",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9bc-7196-b82a-f763d2f38363",
        "name": "Verificado mx0c3z8r-datafeed"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Engañoso",
        "name": "Engañoso",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f9dc-7792-b297-94f298062050",
        "text": "El puente reabrirá en mayo",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f9d6-760c-8761-9990dfd76943",
          "name": "Minister mx0c3z8r-datafeed"
        },
        "datePublished": "2025-05-01",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9d7-71d1-9679-e74059714003",
          "url": "https://news.example/mx0c3z8r-datafeed/bridge-story",
          "headline": "Appearance at https://news.example/mx0c3z8r-datafeed/bridge-story",
          "inLanguage": "es"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f9d7-71d1-9679-e74059714003",
          "url": "https://news.example/mx0c3z8r-datafeed/bridge-story",
          "headline": "Appearance at https://news.example/mx0c3z8r-datafeed/bridge-story",
          "inLanguage": "es"
        }
      },
      "datePublished": "2025-05-09",
      "dateModified": "2026-11-28T11:36:10Z",
      "inLanguage": "es"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa6b-7fa9-859a-e215b28bae48",
      "url": "https://factual.example/mx0c3z8r-graph/",
      "claimReviewed": "Officials warned that delays are likely",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa6a-7903-95b4-1c41fe9b3c93",
        "name": "Factual mx0c3z8r-graph"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "True",
        "name": "True",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa6b-7130-9965-05444dd53990",
        "text": "Officials warned that delays are likely",
        "author": {
          "@type": "Organization",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa6b-74f7-8a90-3d4bbd2bf670",
          "name": "Ministry mx0c3z8r-graph"
        },
        "datePublished": "2025-05-06T00:00:00Z",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa6b-720a-b193-c36e3b1e0ff0",
          "url": "https://factual.example/mx0c3z8r-graph/",
          "headline": "Appearance at https://factual.example/mx0c3z8r-graph/",
          "inLanguage": "und",
          "datePublished": "2025-05-06T00:00:00Z"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa6b-720a-b193-c36e3b1e0ff0",
          "url": "https://factual.example/mx0c3z8r-graph/",
          "headline": "Appearance at https://factual.example/mx0c3z8r-graph/",
          "inLanguage": "und",
          "datePublished": "2025-05-06T00:00:00Z"
        }
      },
      "datePublished": "2025-05-06",
      "dateModified": "2026-11-28T11:36:10Z"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa40-7b6a-868c-1aec1a2be508",
      "url": "https://fullfact.org/economy/mx0c3z8r-fullfact-bridge-repairs-cost/",
      "claimReviewed": "Repairs to the bridge cost 3 million.",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa3f-7e40-8503-f0cdc28127dc",
        "name": "Full Fact mx0c3z8r-fullfact"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Incorrect. The contract puts the repairs at £30 million, not £3 million.",
        "name": "Incorrect. The contract puts the repairs at £30 million, not £3 million."
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa40-74ab-a565-a2b87e30b54a",
        "text": "Repairs to the bridge cost 3 million.",
        "author": {
          "@type": "Organization",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa40-7557-8296-0b62f977764b",
          "name": "Ministry mx0c3z8r-fullfact"
        },
        "datePublished": "2025-04-30",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa40-7b15-8711-e67fa8c2d804",
          "url": "https://news.example/mx0c3z8r-fullfact/bridge-story",
          "headline": "Appearance at https://news.example/mx0c3z8r-fullfact/bridge-story",
          "inLanguage": "en-GB"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa40-7b15-8711-e67fa8c2d804",
          "url": "https://news.example/mx0c3z8r-fullfact/bridge-story",
          "headline": "Appearance at https://news.example/mx0c3z8r-fullfact/bridge-story",
          "inLanguage": "en-GB"
        }
      },
      "datePublished": "2025-05-06",
      "dateModified": "2026-11-28T11:36:10Z",
      "inLanguage": "en-GB"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fac1-7a7c-90f1-e5abf6c5bd1a",
      "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
      "claimReviewed": "Says \"the bridge will reopen in May.\"",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fac0-704f-b8ec-008ea5116645",
        "name": "PolitiFact mx0c3z8r-politifact"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "False",
        "name": "False",
        "ratingValue": 2,
        "bestRating": 6,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fac1-78af-936c-7077e1b126a5",
        "text": "Says \"the bridge will reopen in May.\"",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fac1-727c-9ecf-403f0db35023",
          "name": "Minister mx0c3z8r-politifact"
        },
        "datePublished": "2025-04-28",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fac1-78fe-b9a9-efd47ac09221",
          "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
          "headline": "Appearance at https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
          "inLanguage": "und",
          "datePublished": "2025-05-02T00:00:00Z"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fac1-78fe-b9a9-efd47ac09221",
          "url": "https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
          "headline": "Appearance at https://www.politifact.com/factchecks/2025/may/02/mx0c3z8r-politifact/bridge-reopening-may/",
          "inLanguage": "und",
          "datePublished": "2025-05-02T00:00:00Z"
        }
      },
      "datePublished": "2025-05-02",
      "dateModified": "2026-11-28T11:36:10Z"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-f7bc-75d5-8cab-2fc6d20ade06",
      "url": "https://checkdesk.example/mx0c3z8r/bridge",
      "claimReviewed": "the bridge will reopen in May",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f413-7196-bfd1-46e27de34641",
        "name": "Check Desk mx0c3z8r",
        "sameAs": "https://www.wikidata.org/wiki/Q16970788"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "False",
        "name": "False",
        "ratingValue": 2,
        "bestRating": 6,
        "worstRating": 1,
        "ratingExplanation": "The schedule says September."
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-f6d4-7a10-b0ac-99d70c67b4a7",
        "text": "the bridge will reopen in May",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f3c3-7285-86ae-d0aa95275171",
          "name": "Transport Minister mx0c3z8r",
          "sameAs": "https://www.wikidata.org/wiki/Q7834"
        },
        "datePublished": "2025-04-28",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-f578-7ba7-ab28-caf1a48fbd5e",
          "url": "https://news.example/mx0c3z8r/bridge",
          "headline": "Bridge to reopen mx0c3z8r",
          "inLanguage": "en",
          "datePublished": "2025-04-30T08:00:00Z",
          "publisher": {
            "@type": "Organization",
            "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-f21f-747d-b99d-c9585e6ae8cc",
            "name": "Wire Service mx0c3z8r"
          }
        }
      },
      "name": "No, the bridge will not reopen in May",
      "headline": "No, the bridge will not reopen in May",
      "datePublished": "2025-05-02",
      "dateModified": "2026-11-28T11:36:09Z",
      "inLanguage": "en"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa9f-72c5-85e6-0a904d6acb45",
      "url": "https://www.politifact.com/factchecks/2025/mar/12/mx0c3z8r-politifact-feed/jobs/",
      "claimReviewed": "Unemployment is the lowest it has been in 50 years.",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa87-748c-beb8-1098ee57cb7d",
        "name": "PolitiFact mx0c3z8r-politifact-feed"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Half True",
        "name": "Half True",
        "ratingValue": 4,
        "bestRating": 6,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa9f-73f5-87fa-4e7a97639360",
        "text": "Unemployment is the lowest it has been in 50 years.",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa8c-7b8d-9564-5646d094a710",
          "name": "Senator mx0c3z8r-politifact-feed"
        },
        "datePublished": "2025-03-01",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
          "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
          "headline": "Town hall, Des Moines",
          "inLanguage": "und"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
          "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
          "headline": "Town hall, Des Moines",
          "inLanguage": "und"
        }
      },
      "datePublished": "2025-03-12",
      "dateModified": "2026-11-28T11:36:10Z"
    },
    {
      "@type": "ClaimReview",
      "@id": "http://127.0.0.1:34615/api/v1/reviews/01a221f0-fa8d-7be9-8971-ea4db264964d",
      "url": "https://www.politifact.com/factchecks/2025/mar/11/mx0c3z8r-politifact-feed/tax-cut/",
      "claimReviewed": "Says the tax cut “paid for itself” in two years.",
      "author": {
        "@type": "Organization",
        "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa87-748c-beb8-1098ee57cb7d",
        "name": "PolitiFact mx0c3z8r-politifact-feed"
      },
      "reviewRating": {
        "@type": "Rating",
        "alternateName": "Pants on Fire!",
        "name": "Pants on Fire!",
        "ratingValue": 1,
        "bestRating": 6,
        "worstRating": 1
      },
      "itemReviewed": {
        "@type": "Claim",
        "@id": "http://127.0.0.1:34615/api/v1/claims/01a221f0-fa8d-7777-8c07-cc9c564a1b27",
        "text": "Says the tax cut “paid for itself” in two years.",
        "author": {
          "@type": "Person",
          "@id": "http://127.0.0.1:34615/api/v1/actors/01a221f0-fa8c-7b8d-9564-5646d094a710",
          "name": "Senator mx0c3z8r-politifact-feed"
        },
        "datePublished": "2025-03-08",
        "appearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
          "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
          "headline": "Town hall, Des Moines",
          "inLanguage": "und"
        },
        "firstAppearance": {
          "@type": "NewsArticle",
          "@id": "http://127.0.0.1:34615/api/v1/articles/01a221f0-fa8d-71e2-8268-45c072eab0af",
          "url": "https://video.example/mx0c3z8r-politifact-feed/senator-town-hall",
          "headline": "Town hall, Des Moines",
          "inLanguage": "und"
        }
      },
      "datePublished": "2025-03-11",
      "dateModified": "2026-11-28T11:36:10Z"
    }
  ]
} satisfies WithContext<DataFeed>;