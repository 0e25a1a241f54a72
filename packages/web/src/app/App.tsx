import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { SignInPage } from "../features/accounts/SignInPage.tsx";
import { SignUpPage } from "../features/accounts/SignUpPage.tsx";
import { JournalPage } from "../features/journal/JournalPage.tsx";
import { RequireCounsellor, RequireSignedIn, RequireSignedOut } from "./guards.tsx";
import { lazyPage } from "./lazyPage.ts";
import { NotFound } from "./NotFound.tsx";
import { createQueryClient } from "./queryClient.ts";
import { Shell } from "./Shell.tsx";

// Each screen beyond the first ones is its own chunk, loaded when someone opens it: the first
// paint on a cheap phone carries the shell, sign-in and the journal, not every feature.
const AppreciationsPage = lazyPage(
  () => import("../features/appreciations/AppreciationsPage.tsx"),
  "AppreciationsPage",
);
const AssessmentsHome = lazyPage(
  () => import("../features/assessments/AssessmentsHome.tsx"),
  "AssessmentsHome",
);
const HistoryPage = lazyPage(() => import("../features/assessments/HistoryPage.tsx"), "HistoryPage");
const ResultPage = lazyPage(() => import("../features/assessments/ResultPage.tsx"), "ResultPage");
const TakeAssessmentPage = lazyPage(
  () => import("../features/assessments/TakeAssessmentPage.tsx"),
  "TakeAssessmentPage",
);
const BoundariesPage = lazyPage(() => import("../features/boundaries/BoundariesPage.tsx"), "BoundariesPage");
const CheckinsPage = lazyPage(() => import("../features/checkins/CheckinsPage.tsx"), "CheckinsPage");
const CommitmentsPage = lazyPage(
  () => import("../features/commitments/CommitmentsPage.tsx"),
  "CommitmentsPage",
);
const CounsellorCouplePage = lazyPage(
  () => import("../features/counsellor/CounsellorCouplePage.tsx"),
  "CounsellorCouplePage",
);
const CounsellorHomePage = lazyPage(
  () => import("../features/counsellor/CounsellorHomePage.tsx"),
  "CounsellorHomePage",
);
const CounsellorSupportPage = lazyPage(
  () => import("../features/counsellor/CounsellorSupportPage.tsx"),
  "CounsellorSupportPage",
);
const PartnerPage = lazyPage(() => import("../features/couples/PartnerPage.tsx"), "PartnerPage");
const GoalsPage = lazyPage(() => import("../features/goals/GoalsPage.tsx"), "GoalsPage");
const HealPage = lazyPage(() => import("../features/heal/HealPage.tsx"), "HealPage");
const EditEntryPage = lazyPage(() => import("../features/journal/EditEntryPage.tsx"), "EditEntryPage");
const LessonPage = lazyPage(() => import("../features/lessons/LessonPage.tsx"), "LessonPage");
const LessonsPage = lazyPage(() => import("../features/lessons/LessonsPage.tsx"), "LessonsPage");
const LettersPage = lazyPage(() => import("../features/letters/LettersPage.tsx"), "LettersPage");
const PacePage = lazyPage(() => import("../features/pace/PacePage.tsx"), "PacePage");
const RepairPage = lazyPage(() => import("../features/repairs/RepairPage.tsx"), "RepairPage");
const RepairsPage = lazyPage(() => import("../features/repairs/RepairsPage.tsx"), "RepairsPage");
const SafetyCheckPage = lazyPage(() => import("../features/safety/SafetyCheckPage.tsx"), "SafetyCheckPage");
const SafetyResultPage = lazyPage(
  () => import("../features/safety/SafetyResultPage.tsx"),
  "SafetyResultPage",
);
const SupportPage = lazyPage(() => import("../features/safety/SupportPage.tsx"), "SupportPage");
const SessionsPage = lazyPage(() => import("../features/sessions/SessionsPage.tsx"), "SessionsPage");
const ShowItPage = lazyPage(() => import("../features/show-it/ShowItPage.tsx"), "ShowItPage");
const SpiralPage = lazyPage(() => import("../features/spiral/SpiralPage.tsx"), "SpiralPage");
const NewThoughtRecordPage = lazyPage(
  () => import("../features/thought-records/NewThoughtRecordPage.tsx"),
  "NewThoughtRecordPage",
);
const ThoughtRecordsPage = lazyPage(
  () => import("../features/thought-records/ThoughtRecordsPage.tsx"),
  "ThoughtRecordsPage",
);
const TimelinePage = lazyPage(() => import("../features/timeline/TimelinePage.tsx"), "TimelinePage");
const TogetherPage = lazyPage(() => import("../features/together/TogetherPage.tsx"), "TogetherPage");

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to="/journal" replace />} />
            <Route element={<RequireSignedOut />}>
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="sign-up" element={<SignUpPage />} />
            </Route>
            <Route element={<RequireCounsellor />}>
              <Route path="counsellor" element={<CounsellorHomePage />} />
              <Route path="counsellor/couples/:coupleId" element={<CounsellorCouplePage />} />
              {/* The partners' sessions screen: a counsellor ends their other sign-ins here too. */}
              <Route path="counsellor/sessions" element={<SessionsPage />} />
            </Route>
            <Route element={<RequireSignedIn />}>
              <Route path="journal" element={<JournalPage />} />
              <Route path="journal/:entryId/edit" element={<EditEntryPage />} />
              <Route path="assessments" element={<AssessmentsHome />} />
              <Route path="assessments/:instrumentId" element={<TakeAssessmentPage />} />
              <Route path="assessments/:instrumentId/history" element={<HistoryPage />} />
              <Route path="assessments/:instrumentId/results/:assessmentId" element={<ResultPage />} />
              <Route path="lessons" element={<LessonsPage />} />
              <Route path="lessons/:lessonId" element={<LessonPage />} />
              <Route path="together" element={<TogetherPage />} />
              <Route path="checkins" element={<CheckinsPage />} />
              <Route path="appreciations" element={<AppreciationsPage />} />
              <Route path="letters" element={<LettersPage />} />
              <Route path="show-it" element={<ShowItPage />} />
              <Route path="commitments" element={<CommitmentsPage />} />
              <Route path="thought-records" element={<ThoughtRecordsPage />} />
              <Route path="thought-records/new" element={<NewThoughtRecordPage />} />
              <Route path="heal" element={<HealPage />} />
              <Route path="repairs" element={<RepairsPage />} />
              <Route path="repairs/:repairId" element={<RepairPage />} />
              <Route path="boundaries" element={<BoundariesPage />} />
              <Route path="pace" element={<PacePage />} />
              <Route path="goals" element={<GoalsPage />} />
              <Route path="timeline" element={<TimelinePage />} />
              <Route path="spiralling" element={<SpiralPage />} />
              <Route path="partner" element={<PartnerPage />} />
              <Route path="couple/counsellor" element={<CounsellorSupportPage />} />
              <Route path="sessions" element={<SessionsPage />} />
              <Route path="support" element={<SupportPage />} />
              <Route path="support/check" element={<SafetyCheckPage />} />
              <Route path="support/check/:checkId" element={<SafetyResultPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
